package vn.civic.feedback.chat;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.civic.feedback.FeedbackAttribute;
import vn.civic.feedback.FeedbackCategories;
import vn.civic.feedback.FeedbackCategory;
import vn.civic.feedback.FeedbackError;
import vn.civic.feedback.FeedbackPaths;
import vn.civic.feedback.FeedbackProperties;
import vn.civic.feedback.FeedbackReports;
import vn.civic.feedback.PublicReport;
import vn.civic.feedback.ReportChannel;
import vn.civic.feedback.ReportCommand;
import vn.civic.feedback.ReporterContact;
import vn.civic.feedback.SubmittedReport;
import vn.civic.identity.IdentityProperties;
import vn.civic.org.AdministrativeUnitView;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.audit.AuditLog;
import vn.civic.platform.audit.AuditRecord;
import vn.civic.platform.error.CivicException;
import vn.civic.platform.error.ErrorCode;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.text.SearchText;

/**
 * The conversation in which a citizen drafts a report in the chat app, one message at a time: a description, then the
 * category (a number of the list or a word), the location (a shared point or an address, placed in the
 * administrative-unit tree), photos if any, and a confirmation, after which the report is filed through
 * {@link FeedbackReports#submit} on the channel {@link ReportChannel#CHAT} with the user as its external reference.
 * "Hủy" cancels at any step; a draft left alone longer than {@code civic.feedback.chat.conversation-timeout} is
 * abandoned. Every event is handled once (a repeat is ignored) in one transaction with the account's reply, which
 * leaves through the outbox; a report the feedback module refuses leaves the draft to be corrected.
 */
@Service
public class ChatConversations {

    /** The outbox channel of the official account's messages. */
    public static final String OUTBOX_CHANNEL = "feedback.chat";

    private static final Pattern REPORT_CODE =
            Pattern.compile("^\\s*(PA-\\d{4}-\\d{6})\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("^\\d{1,3}$");
    private static final Set<String> CANCEL = Set.of("huy", "huy bo", "cancel", "thoi", "dung lai");
    private static final Set<String> SEND = Set.of("gui", "gui di", "dong y", "xac nhan", "ok", "send", "co");
    private static final Set<String> SKIP = Set.of("bo qua", "khong", "khong co", "skip", "xong");
    private static final Set<String> HELP = Set.of("help", "tro giup", "huong dan", "?", "menu");
    private static final List<String> GREETINGS = List.of("xin chao", "chao", "hello", "hi", "alo");
    private static final int MIN_ADDRESS_LENGTH = 5;
    private static final int SUMMARY_DESCRIPTION = 300;

    private final ConversationStore store;
    private final ChatReplies replies;
    private final ChatTexts texts;
    private final ChatImages images;
    private final FeedbackCategories categories;
    private final FeedbackReports reports;
    private final OrgDirectory org;
    private final AuditLog audit;
    private final ChatProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String publicUrl;
    private final int maxPhotos;
    private final int maxDescriptionLength;

    ChatConversations(
            ConversationStore store,
            ChatReplies replies,
            ChatTexts texts,
            ChatImages images,
            FeedbackCategories categories,
            FeedbackReports reports,
            OrgDirectory org,
            AuditLog audit,
            ChatProperties properties,
            FeedbackProperties feedback,
            IdentityProperties identity,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.store = store;
        this.replies = replies;
        this.texts = texts;
        this.images = images;
        this.categories = categories;
        this.reports = reports;
        this.org = org;
        this.audit = audit;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.publicUrl = identity.publicUrl().toString().replaceAll("/+$", "");
        this.maxPhotos = Math.min(properties.maxPhotos(), feedback.maxPhotos());
        this.maxDescriptionLength = feedback.maxDescriptionLength();
    }

    /**
     * Handles one event of a citizen. An event seen before does nothing. An image is fetched before the transaction
     * (from an allowed source only), so that no row stays locked while the chat app's CDN answers.
     */
    public void handle(ChatEvent event) {
        if (event.kind() == ChatEvent.Kind.IGNORED
                || event.userId() == null
                || event.userId().isBlank()
                || store.seen(event.eventKey())) {
            return;
        }
        List<ChatImages.Fetched> fetched = event.kind() == ChatEvent.Kind.IMAGE
                ? event.imageUrls().stream().limit(maxPhotos).map(images::fetch).toList()
                : List.of();
        try {
            transaction.executeWithoutResult(status -> handle(event, fetched));
        } catch (Refused refused) {
            // the refused submission rolled everything back; the draft is corrected in a transaction of its own
            transaction.executeWithoutResult(status -> afterRefusal(event, refused));
        }
    }

    /**
     * Abandons the drafts left alone longer than the timeout, telling each user; several nodes may run it at once.
     *
     * @return how many drafts were abandoned
     */
    int abandonIdleDrafts() {
        Instant before = clock.instant().minus(properties.conversationTimeout());
        int abandoned = 0;
        for (String userId : store.draftsIdleSince(before, 500)) {
            Boolean done = transaction.execute(status -> {
                Instant now = clock.instant();
                Conversation c = store.lock(userId, now);
                if (!c.expired(now, properties.conversationTimeout())) {
                    return false;
                }
                String key = "expired:" + userId + ":" + c.updatedAt.toEpochMilli();
                List<String> reply = new ArrayList<>();
                abandon(c, reply);
                c.updatedAt = now;
                store.save(c);
                replies.send(key, userId, String.join("\n\n", reply), null);
                return true;
            });
            abandoned += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        return abandoned;
    }

    // ---- one event ----

    private void handle(ChatEvent event, List<ChatImages.Fetched> fetched) {
        Instant now = clock.instant();
        if (!store.firstTime(event.eventKey(), event.eventName(), now)) {
            return;
        }
        Conversation c = store.lock(event.userId(), now);
        if (event.oaId() != null) {
            c.oaId = event.oaId();
        }
        List<String> reply = new ArrayList<>();
        if (c.expired(now, properties.conversationTimeout())) {
            abandon(c, reply);
        }
        switch (event.kind()) {
            case FOLLOW -> reply.add(texts.text("welcome"));
            case TEXT -> onText(c, event.text(), reply, now);
            case IMAGE -> onImages(c, fetched, event.imageUrls(), reply, now);
            case LOCATION -> onLocation(c, event.latitude(), event.longitude(), reply, now);
            case UNSUPPORTED -> {
                reply.add(texts.text("unsupported"));
                if (c.drafting()) {
                    prompt(c, reply);
                }
            }
            case IGNORED -> {
                // nothing to answer
            }
        }
        finish(c, event, reply, now);
    }

    private void finish(Conversation c, ChatEvent event, List<String> reply, Instant now) {
        c.updatedAt = now;
        store.save(c);
        if (!reply.isEmpty()) {
            // one message per event: the account's free replies are counted per message
            replies.send("reply:" + event.eventKey(), c.userId, String.join("\n\n", reply), null);
        }
    }

    private void onText(Conversation c, String raw, List<String> reply, Instant now) {
        String text = raw == null ? "" : raw.strip();
        String word = SearchText.fold(text).replaceAll("[.!]+$", "").strip();
        if (HELP.contains(word)) {
            reply.add(texts.text("help"));
            if (c.drafting()) {
                prompt(c, reply);
            }
            return;
        }
        if (CANCEL.contains(word)) {
            if (c.drafting()) {
                cancel(c, reply);
            } else {
                reply.add(texts.text("nothing_to_cancel"));
            }
            return;
        }
        if (!c.drafting()) {
            Matcher code = REPORT_CODE.matcher(text);
            if (code.matches()) {
                status(code.group(1).toUpperCase(Locale.ROOT), reply);
            } else if (text.length() < properties.minDescriptionLength() || greeting(word)) {
                reply.add(texts.text("welcome"));
            } else if (describe(c, text, reply)) {
                start(c, now);
                c.describe(text);
                advance(c, reply);
            }
            return;
        }
        switch (c.step) {
            case DESCRIPTION -> {
                if (text.length() < properties.minDescriptionLength()) {
                    prompt(c, reply);
                } else if (describe(c, text, reply)) {
                    c.describe(text);
                    advance(c, reply);
                }
            }
            case CATEGORY -> chooseCategory(c, word, reply);
            case LOCATION -> {
                if (SKIP.contains(word) && !locationRequired(c)) {
                    c.moveTo(Conversation.Step.PHOTO);
                    advance(c, reply);
                } else if (SKIP.contains(word) || SEND.contains(word)) {
                    reply.add(texts.text("location.required"));
                    prompt(c, reply);
                } else if (text.length() < MIN_ADDRESS_LENGTH || text.length() > 500) {
                    reply.add(texts.text("location.not_understood"));
                    prompt(c, reply);
                } else {
                    Optional<AdministrativeUnitView> unit = unitOfAddress(text);
                    c.locateByAddress(
                            text,
                            unit.map(AdministrativeUnitView::id).orElse(null),
                            unit.map(AdministrativeUnitView::name).orElse(null));
                    reply.add(texts.text("location.received", where(c)));
                    advance(c, reply);
                }
            }
            case PHOTO -> {
                if (SKIP.contains(word) || SEND.contains(word)) {
                    advance(c, reply);
                } else {
                    prompt(c, reply);
                }
            }
            case CONFIRM -> {
                if (SEND.contains(word)) {
                    submit(c, reply, now);
                } else {
                    prompt(c, reply);
                }
            }
            case IDLE -> reply.add(texts.text("welcome"));
        }
    }

    private void onImages(
            Conversation c, List<ChatImages.Fetched> fetched, List<String> urls, List<String> reply, Instant now) {
        if (!c.drafting()) {
            start(c, now);
        }
        for (int i = 0; i < fetched.size(); i++) {
            ChatImages.Fetched image = fetched.get(i);
            if (!image.ok()) {
                refuseImage(c, image.refusal(), urls.get(i), reply);
            } else if (c.photoCount >= maxPhotos) {
                reply.add(texts.text("photo.limit", maxPhotos));
            } else {
                store.addPhoto(c.userId, image.content(), image.contentType(), now);
                c.photoCount++;
                reply.add(texts.text("photo.received", c.photoCount, maxPhotos));
            }
        }
        if (urls.size() > fetched.size()) {
            reply.add(texts.text("photo.limit", maxPhotos));
        }
        advance(c, reply);
    }

    private void refuseImage(Conversation c, ChatImages.Refusal refusal, String url, List<String> reply) {
        if (refusal == ChatImages.Refusal.FORBIDDEN) {
            audit.record(AuditRecord.change(
                            "feedback.chat.image-refused",
                            "ChatConversation",
                            c.userId,
                            null,
                            "not an allowed image source: " + cut(url, 300))
                    .withOutcome(AuditRecord.Outcome.DENIED)
                    .by(actor(c.userId)));
        }
        long megabytes = Math.max(1, images.maxBytes() / (1024 * 1024));
        reply.add(
                switch (refusal) {
                    case TOO_LARGE -> texts.text("photo.too_large", megabytes);
                    case NOT_AN_IMAGE -> texts.text("photo.not_an_image");
                    case FORBIDDEN, UNAVAILABLE -> texts.text("photo.unavailable");
                });
    }

    private void onLocation(Conversation c, Double latitude, Double longitude, List<String> reply, Instant now) {
        if (latitude == null
                || longitude == null
                || !Double.isFinite(latitude)
                || !Double.isFinite(longitude)
                || Math.abs(latitude) > 90
                || Math.abs(longitude) > 180) {
            reply.add(texts.text("location.not_understood"));
            if (c.drafting()) {
                prompt(c, reply);
            }
            return;
        }
        if (!c.drafting()) {
            start(c, now);
        }
        Optional<AdministrativeUnitView> unit = org.unitContaining(latitude, longitude);
        c.locateAt(
                latitude,
                longitude,
                unit.map(AdministrativeUnitView::id).orElse(null),
                unit.map(AdministrativeUnitView::name).orElse(null));
        reply.add(texts.text("location.received", where(c)));
        advance(c, reply);
    }

    // ---- the draft's steps ----

    private void start(Conversation c, Instant now) {
        c.start(now);
        audit.record(
                AuditRecord.change("feedback.chat.draft-started", "ChatConversation", c.userId, null, "DESCRIPTION")
                        .by(actor(c.userId)));
    }

    private void cancel(Conversation c, List<String> reply) {
        audit.record(
                AuditRecord.change("feedback.chat.draft-cancelled", "ChatConversation", c.userId, c.step.name(), "IDLE")
                        .by(actor(c.userId)));
        store.dropPhotos(c.userId);
        c.clear();
        reply.add(texts.text("cancelled"));
    }

    private void abandon(Conversation c, List<String> reply) {
        audit.record(
                AuditRecord.change("feedback.chat.draft-expired", "ChatConversation", c.userId, c.step.name(), "IDLE")
                        .by(actor(c.userId)));
        store.dropPhotos(c.userId);
        c.clear();
        reply.add(texts.text("expired", properties.conversationTimeout().toMinutes()));
    }

    /** Checks a description's length; false (with the reason told) when it is too long. */
    private boolean describe(Conversation c, String text, List<String> reply) {
        if (text.length() > maxDescriptionLength) {
            reply.add(texts.text("description.too_long", maxDescriptionLength));
            if (c.drafting()) {
                prompt(c, reply);
            }
            return false;
        }
        return true;
    }

    private void chooseCategory(Conversation c, String word, List<String> reply) {
        List<FeedbackCategory> offered = offered(c);
        if (NUMBER.matcher(word).matches()) {
            int n = Integer.parseInt(word);
            if (n >= 1 && n <= offered.size()) {
                choose(c, offered.get(n - 1), reply);
            } else {
                reply.add(texts.text("category.not_understood"));
                prompt(c, reply);
            }
            return;
        }
        List<FeedbackCategory> matches = matching(chatCategories(), word);
        if (matches.size() == 1) {
            choose(c, matches.getFirst(), reply);
        } else if (matches.size() > 1) {
            c.offer(matches.stream().map(FeedbackCategory::code).toList());
            reply.add(texts.text("category.which", list(matches)));
        } else {
            reply.add(texts.text("category.not_understood"));
            c.offer(List.of());
            prompt(c, reply);
        }
    }

    private void choose(Conversation c, FeedbackCategory category, List<String> reply) {
        c.choose(category.code());
        reply.add(texts.text("category.chosen", category.nameVi()));
        advance(c, reply);
    }

    /** Moves to the next thing missing and asks for it. */
    private void advance(Conversation c, List<String> reply) {
        if (c.categoryCode != null && category(c).isEmpty()) {
            c.choose(null); // the category was withdrawn meanwhile
        }
        c.moveTo(c.nextStep(locationRequired(c)));
        if (c.step == Conversation.Step.CATEGORY) {
            c.offer(List.of());
        }
        prompt(c, reply);
    }

    /** Asks for what the step waits for. */
    private void prompt(Conversation c, List<String> reply) {
        switch (c.step) {
            case DESCRIPTION -> reply.add(texts.text("ask.description", properties.minDescriptionLength()));
            case CATEGORY -> {
                List<FeedbackCategory> offered = offered(c);
                c.offer(offered.stream().map(FeedbackCategory::code).toList());
                reply.add(texts.text("ask.category", list(offered)));
            }
            case LOCATION -> reply.add(texts.text(locationRequired(c) ? "ask.location" : "ask.location.optional"));
            case PHOTO -> reply.add(texts.text("ask.photo", maxPhotos));
            case CONFIRM -> confirmation(c, reply);
            case IDLE -> reply.add(texts.text("welcome"));
        }
    }

    private void confirmation(Conversation c, List<String> reply) {
        String name = category(c).map(FeedbackCategory::nameVi).orElse("");
        reply.add(texts.text(
                "confirm",
                cut(c.description, SUMMARY_DESCRIPTION),
                name,
                c.hasLocation() ? where(c) : texts.text("location.none"),
                c.photoCount));
        if (c.hasPoint() && c.categoryCode != null) {
            List<PublicReport> nearby =
                    reports.nearbyOpen(c.categoryCode, c.latitude, c.longitude, properties.duplicateRadiusMetres(), 3);
            if (!nearby.isEmpty()) {
                String lines = nearby.stream()
                        .map(r -> texts.text("nearby.line", r.code(), cut(r.description(), 80), publicUrl + r.path()))
                        .collect(Collectors.joining("\n"));
                reply.add(texts.text("nearby", lines));
            }
        }
        reply.add(texts.text("ask.confirm"));
    }

    private void submit(Conversation c, List<String> reply, Instant now) {
        ReportCommand command = new ReportCommand(
                c.categoryCode,
                c.description,
                c.latitude,
                c.longitude,
                c.addressText,
                c.adminUnitId,
                Map.of(),
                store.photos(c.userId),
                new ReporterContact(null, null, null, c.userId),
                false,
                ReportChannel.CHAT,
                c.userId,
                null);
        SubmittedReport submitted;
        try {
            submitted = reports.submit(command);
        } catch (CivicException e) {
            throw new Refused(e.errorCode(), e.violations());
        }
        store.recordReport(submitted.code(), c.userId, c.oaId, now);
        String note = reports.publicReport(submitted.code())
                .map(PublicReport::statusNote)
                .orElse("");
        reply.add(texts.text("submitted", submitted.code(), note == null ? "" : note, link(submitted.code())));
        store.dropPhotos(c.userId);
        c.clear();
    }

    /** The draft after the feedback module refused it: the refused parts are asked for again. */
    private void afterRefusal(ChatEvent event, Refused refused) {
        Instant now = clock.instant();
        if (!store.firstTime(event.eventKey(), event.eventName(), now)) {
            return;
        }
        Conversation c = store.lock(event.userId(), now);
        List<String> reply = new ArrayList<>();
        List<String> reasons = refused.violations.stream()
                .map(v -> texts.message(v.messageKey(), v.args()))
                .distinct()
                .toList();
        reply.add(texts.text(
                "refused", reasons.isEmpty() ? texts.message(refused.code.messageKey()) : String.join("; ", reasons)));
        boolean corrected = false;
        for (FieldViolation v : refused.violations) {
            String field = v.field();
            if (field.startsWith("photos")) {
                store.dropPhotos(c.userId);
                c.photoCount = 0;
                c.photoAsked = false; // asked again: another photo, or none
                corrected = true;
            } else if (field.equals("location") || field.equals("adminUnitId") || field.equals("addressText")) {
                c.forgetLocation();
                corrected = true;
            } else if (field.equals("description")) {
                c.describe(null);
                corrected = true;
            } else if (field.equals("categoryCode")) {
                c.choose(null);
                corrected = true;
            }
        }
        if (refused.code == FeedbackError.SIGN_IN_REQUIRED) {
            c.choose(null);
            corrected = true;
        }
        if (corrected) {
            advance(c, reply);
        } else {
            store.dropPhotos(c.userId);
            c.clear();
            reply.add(texts.text("welcome"));
        }
        finish(c, event, reply, now);
    }

    // ---- reading ----

    /** A report's status for a user who sent its code. */
    private void status(String code, List<String> reply) {
        Optional<PublicReport> report = reports.publicReport(code);
        if (report.isEmpty()) {
            reply.add(texts.text("status.unknown", code));
            return;
        }
        PublicReport r = report.get();
        String state = r.statusNote() != null
                ? r.statusNote()
                : texts.message(r.status().messageKey());
        reply.add(texts.text("status", code, texts.message(r.status().messageKey()), state, link(code)));
    }

    /**
     * The categories a chat user may choose: active ones that take reports without signing in (a chat user is not
     * signed in) and ask no required question the conversation does not ask.
     */
    List<FeedbackCategory> chatCategories() {
        return categories.active().stream()
                .filter(FeedbackCategory::anonymousAllowed)
                .filter(cat -> cat.attributes().stream().noneMatch(FeedbackAttribute::required))
                .toList();
    }

    private List<FeedbackCategory> offered(Conversation c) {
        List<FeedbackCategory> chat = chatCategories();
        List<FeedbackCategory> offered = c.offeredCategories.stream()
                .flatMap(code -> chat.stream().filter(cat -> cat.code().equals(code)))
                .toList();
        return offered.isEmpty() ? chat : offered;
    }

    /** Categories a word names: the name itself, or a name or keyword holding it, or a keyword it holds. */
    static List<FeedbackCategory> matching(List<FeedbackCategory> candidates, String word) {
        if (word.isBlank()) {
            return List.of();
        }
        for (FeedbackCategory cat : candidates) {
            if (SearchText.fold(cat.nameVi()).equals(word)
                    || (cat.nameEn() != null && SearchText.fold(cat.nameEn()).equals(word))) {
                return List.of(cat);
            }
        }
        String padded = " " + word + " ";
        return candidates.stream()
                .filter(cat -> {
                    if (word.length() >= 3 && SearchText.fold(cat.nameVi()).contains(word)) {
                        return true;
                    }
                    return cat.keywords().stream()
                            .map(SearchText::fold)
                            .anyMatch(k -> !k.isEmpty()
                                    && (k.equals(word)
                                            || padded.contains(" " + k + " ")
                                            || (word.length() >= 3 && k.contains(word))));
                })
                .toList();
    }

    private String list(List<FeedbackCategory> offered) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < offered.size(); i++) {
            lines.add(texts.text("category.line", i + 1, offered.get(i).nameVi()));
        }
        return String.join("\n", lines);
    }

    private Optional<FeedbackCategory> category(Conversation c) {
        return c.categoryCode == null
                ? Optional.empty()
                : categories.find(c.categoryCode).filter(FeedbackCategory::active);
    }

    private boolean locationRequired(Conversation c) {
        return category(c).map(FeedbackCategory::locationRequired).orElse(true);
    }

    /** Where the draft says the problem is, with its ward or commune when known. */
    private String where(Conversation c) {
        String place =
                c.hasPoint() ? texts.text("location.point", format(c.latitude), format(c.longitude)) : c.addressText;
        return c.adminUnitName == null ? place : texts.text("location.in_unit", place, c.adminUnitName);
    }

    /**
     * The ward or commune an address names: its comma-separated parts are looked up in the administrative-unit tree
     * from the last to the first, and a part that names exactly one lowest-level current unit wins.
     */
    private Optional<AdministrativeUnitView> unitOfAddress(String address) {
        String[] parts = address.split("[,;\\n]");
        for (int i = parts.length - 1; i >= 0; i--) {
            String part = parts[i].strip();
            if (part.length() < 3) {
                continue;
            }
            String folded = SearchText.fold(part);
            List<AdministrativeUnitView> lowest = org.searchUnits(part, 5).stream()
                    .filter(u -> org.currentUnitsUnder(u.id()).isEmpty())
                    .toList();
            Optional<AdministrativeUnitView> exact = lowest.stream()
                    .filter(u -> SearchText.fold(u.name()).equals(folded))
                    .findFirst();
            if (exact.isPresent()) {
                return exact;
            }
            if (lowest.size() == 1) {
                return Optional.of(lowest.getFirst());
            }
        }
        return Optional.empty();
    }

    private String link(String code) {
        return publicUrl + FeedbackPaths.report(code);
    }

    private static boolean greeting(String word) {
        return word.length() < 25 && GREETINGS.stream().anyMatch(g -> word.equals(g) || word.startsWith(g + " "));
    }

    private static String format(double degrees) {
        return String.format(Locale.ROOT, "%.5f", degrees);
    }

    private static String cut(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    static AuditRecord.ActorRef actor(String userId) {
        return new AuditRecord.ActorRef("chat:" + userId, null, null);
    }

    /** The feedback module refused the report; everything of the event's transaction is rolled back. */
    static final class Refused extends RuntimeException {

        private final transient ErrorCode code;
        private final transient List<FieldViolation> violations;

        Refused(ErrorCode code, List<FieldViolation> violations) {
            super(code.code());
            this.code = code;
            this.violations = List.copyOf(violations);
        }
    }
}
