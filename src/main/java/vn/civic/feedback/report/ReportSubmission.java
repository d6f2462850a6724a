package vn.civic.feedback.report;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.civic.dossier.DossierTracking;
import vn.civic.feedback.AttributeDatatype;
import vn.civic.feedback.FeedbackAttribute;
import vn.civic.feedback.FeedbackCategory;
import vn.civic.feedback.FeedbackError;
import vn.civic.feedback.FeedbackProperties;
import vn.civic.feedback.FeedbackReportSubmitted;
import vn.civic.feedback.PhotoUpload;
import vn.civic.feedback.ReportChannel;
import vn.civic.feedback.ReportCommand;
import vn.civic.feedback.ReporterContact;
import vn.civic.feedback.SubmittedReport;
import vn.civic.feedback.category.StoredFeedbackCategories;
import vn.civic.feedback.photo.CheckedFile;
import vn.civic.feedback.photo.UploadChecks;
import vn.civic.feedback.routing.Router;
import vn.civic.feedback.routing.RoutingDecision;
import vn.civic.feedback.routing.UnitLocator;
import vn.civic.identity.AccountDirectory;
import vn.civic.identity.AccountView;
import vn.civic.org.AdministrativeUnitView;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.error.CivicException;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.platform.security.Actor;
import vn.civic.platform.security.CurrentActor;
import vn.civic.platform.security.Privilege;
import vn.civic.platform.sequence.GaplessCounters;
import vn.civic.platform.storage.StoredFile;
import vn.civic.platform.text.SearchText;
import vn.civic.platform.time.CivicTime;

/**
 * Files a report in one transaction: every rule is checked first (all violations at once), then the photos are stored
 * cleaned, the report is numbered {@code PA-<year>-<6 digits>} without gaps, routed, given its deadlines, stored with
 * its history, audited and announced. A refusal stores nothing, not even a photo.
 */
@Component
class ReportSubmission {

    /** The attribute of the {@code dossier} category that must name an existing dossier. */
    static final String DOSSIER_CODE = "dossier-code";

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9]{8,15}$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final StoredFeedbackCategories categories;
    private final UploadChecks uploads;
    private final ReportFiles files;
    private final Reports reports;
    private final ReportRecorder recorder;
    private final Router router;
    private final UnitLocator locator;
    private final Deadlines deadlines;
    private final GaplessCounters counters;
    private final DossierTracking dossiers;
    private final OrgDirectory org;
    private final AccountDirectory accounts;
    private final FeedbackActors actors;
    private final FeedbackProperties properties;
    private final Clock clock;

    ReportSubmission(
            StoredFeedbackCategories categories,
            UploadChecks uploads,
            ReportFiles files,
            Reports reports,
            ReportRecorder recorder,
            Router router,
            UnitLocator locator,
            Deadlines deadlines,
            GaplessCounters counters,
            DossierTracking dossiers,
            OrgDirectory org,
            AccountDirectory accounts,
            FeedbackActors actors,
            FeedbackProperties properties,
            Clock clock) {
        this.categories = categories;
        this.uploads = uploads;
        this.files = files;
        this.reports = reports;
        this.recorder = recorder;
        this.router = router;
        this.locator = locator;
        this.deadlines = deadlines;
        this.counters = counters;
        this.dossiers = dossiers;
        this.org = org;
        this.accounts = accounts;
        this.actors = actors;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    SubmittedReport submit(ReportCommand c) {
        Instant now = clock.instant();
        requireChannelAllowed(c.channel());
        Optional<Long> citizen = actors.citizenAccountId();
        if (c.followExisting() != null && !c.followExisting().isBlank()) {
            return follow(c.followExisting().strip(), citizen, now);
        }
        List<FieldViolation> violations = new ArrayList<>();
        FeedbackCategory category = categories
                .find(c.categoryCode())
                .filter(FeedbackCategory::active)
                .orElse(null);
        if (category == null) {
            violations.add(FieldViolation.of("categoryCode", "feedback_category_unknown"));
        } else if (!category.anonymousAllowed() && !identified(c, citizen)) {
            throw new CivicException(FeedbackError.SIGN_IN_REQUIRED);
        }
        String description = c.description() == null ? "" : c.description().strip();
        if (description.isEmpty()) {
            violations.add(FieldViolation.of("description", "feedback_description_required"));
        } else if (description.length() > properties.maxDescriptionLength()) {
            violations.add(FieldViolation.of("description", "feedback_too_long", properties.maxDescriptionLength()));
        }
        Long unitId = checkLocation(c, category, violations);
        Map<String, List<String>> attributes =
                category == null ? Map.of() : checkAttributes(category, c.attributes(), violations);
        ReporterContact contact = checkContact(c.contact(), violations);
        tooLong(c.externalReference(), 200, "externalReference", violations);
        List<CheckedFile> photos = checkPhotos(c.photos(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(FeedbackError.REPORT_INVALID, violations);
        }

        Report r = new Report();
        int year = LocalDate.ofInstant(now, CivicTime.ZONE).getYear();
        r.code = "PA-%d-%06d".formatted(year, counters.next("feedback:report:" + year));
        r.token = token();
        r.categoryCode = category.code();
        r.description = description;
        r.latitude = c.latitude();
        r.longitude = c.longitude();
        r.addressText = blankToNull(c.addressText());
        r.adminUnitId = unitId;
        r.adminUnitName = unitId == null
                ? null
                : org.findUnit(unitId).map(AdministrativeUnitView::name).orElse(null);
        r.urgent = c.urgent();
        r.channel = c.channel();
        r.externalReference = blankToNull(c.externalReference());
        Optional<Actor> actor = CurrentActor.get();
        r.clientId = CurrentActor.has(Privilege.FEEDBACK_CREATE)
                ? actor.map(Actor::actorId).orElse(null)
                : null;
        if (citizen.isPresent()) {
            AccountView account = accounts.findById(citizen.get()).orElse(null);
            r.reporterAccountId = citizen.get();
            r.reporterName = account != null
                    ? account.fullName()
                    : actor.map(Actor::displayName).orElse(null);
            contact = withAccount(contact, account);
        }
        r.contact = contact;
        r.searchText = SearchText.of(r.code, description, r.addressText, r.adminUnitName);
        r.resolveDueAt = deadlines.resolveDue(now, r.urgent, category);
        RoutingDecision routing = router.route(category.code(), unitId);
        r.submitted(
                routing.agencyId(),
                routing.agencyName(),
                routing.ruleId(),
                routing.atDesk(),
                now,
                deadlines.acknowledgeDue(now));
        reports.insert(r);
        int order = 0;
        for (Map.Entry<String, List<String>> attribute : attributes.entrySet()) {
            for (String value : attribute.getValue()) {
                reports.insertAttribute(r.id, attribute.getKey(), value, order++);
            }
        }
        for (CheckedFile photo : photos) {
            StoredFile stored = files.store(photo);
            reports.insertFile(
                    r.id,
                    null,
                    stored.key(),
                    photo.fileName(),
                    photo.mediaType(),
                    stored.size(),
                    stored.sha256(),
                    photo.width(),
                    photo.height(),
                    now);
        }
        if (r.reporterAccountId != null) {
            reports.follow(r.id, r.reporterAccountId, now);
        }
        r.events().add(new FeedbackReportSubmitted(r.code, r.categoryCode, r.agencyId, r.channel, r.externalReference));
        recorder.flush(r, null, now);
        return new SubmittedReport(r.code, r.token, r.status);
    }

    /** Machine and counter channels are for their actors only; the web and chat channels for anyone. */
    private static void requireChannelAllowed(ReportChannel channel) {
        if (channel == ReportChannel.OPEN311 && !CurrentActor.has(Privilege.FEEDBACK_CREATE)) {
            throw new AccessDeniedException("Open311 submissions need FEEDBACK_CREATE");
        }
        if (channel == ReportChannel.COUNTER && !CurrentActor.has(Privilege.FEEDBACK_HANDLE)) {
            throw new AccessDeniedException("Counter submissions need FEEDBACK_HANDLE");
        }
    }

    /**
     * A signed-in citizen, or, through another channel than the web (Open311, chat, counter), a reporter who gave a
     * name and an email or phone: enough for a category that does not take anonymous reports.
     */
    private static boolean identified(ReportCommand c, Optional<Long> citizen) {
        if (citizen.isPresent()) {
            return true;
        }
        ReporterContact contact = c.contact();
        return c.channel() != ReportChannel.WEB
                && !isBlank(contact.name())
                && (!isBlank(contact.email()) || !isBlank(contact.phone()));
    }

    private SubmittedReport follow(String code, Optional<Long> citizen, Instant now) {
        long account = citizen.orElseThrow(() -> new CivicException(FeedbackError.SIGN_IN_REQUIRED));
        Report r = reports.lock(code)
                .filter(report -> report.status.isOpen())
                .orElseThrow(() -> InvalidInputException.field("followExisting", "feedback_follow_unknown"));
        if (reports.follow(r.id, account, now)) {
            recorder.audit("feedback.followed", r, "account:" + account);
        }
        return new SubmittedReport(r.code, null, r.status);
    }

    private Long checkLocation(ReportCommand c, FeedbackCategory category, List<FieldViolation> violations) {
        boolean point = false;
        if (c.latitude() != null || c.longitude() != null) {
            if (c.latitude() == null
                    || c.longitude() == null
                    || !Double.isFinite(c.latitude())
                    || !Double.isFinite(c.longitude())
                    || Math.abs(c.latitude()) > 90
                    || Math.abs(c.longitude()) > 180) {
                violations.add(FieldViolation.of("location", "feedback_location_invalid"));
            } else {
                point = true;
            }
        }
        Long chosen = null;
        if (c.adminUnitId() != null) {
            if (org.findUnit(c.adminUnitId())
                    .filter(AdministrativeUnitView::current)
                    .isEmpty()) {
                violations.add(FieldViolation.of("adminUnitId", "feedback_unit_unknown"));
            } else {
                chosen = c.adminUnitId();
            }
        }
        tooLong(c.addressText(), 500, "addressText", violations);
        boolean hasLocation = point || chosen != null || !isBlank(c.addressText());
        if (category != null && category.locationRequired() && !hasLocation && c.adminUnitId() == null) {
            violations.add(FieldViolation.of("location", "feedback_location_required"));
        }
        return point ? locator.unitOf(c.latitude(), c.longitude(), chosen) : chosen;
    }

    private Map<String, List<String>> checkAttributes(
            FeedbackCategory category, Map<String, List<String>> given, List<FieldViolation> violations) {
        Map<String, List<String>> cleaned = new LinkedHashMap<>();
        for (String code : given.keySet()) {
            if (category.attributes().stream().noneMatch(a -> a.code().equals(code))) {
                violations.add(FieldViolation.of("attributes." + code, "feedback_attribute_unknown"));
            }
        }
        for (FeedbackAttribute a : category.attributes()) {
            String field = "attributes." + a.code();
            List<String> values = given.getOrDefault(a.code(), List.of()).stream()
                    .filter(v -> v != null && !v.isBlank())
                    .map(String::strip)
                    .toList();
            if (values.isEmpty()) {
                if (a.required()) {
                    violations.add(FieldViolation.of(field, "feedback_attribute_required"));
                }
                continue;
            }
            if (a.datatype() != AttributeDatatype.MULTIVALUELIST && values.size() > 1) {
                violations.add(FieldViolation.of(field, "feedback_attribute_single"));
                continue;
            }
            String problem = null;
            for (String value : values) {
                problem = problem != null ? problem : checkValue(a, value);
            }
            if (problem != null) {
                violations.add(FieldViolation.of(field, problem, a.datatype() == AttributeDatatype.TEXT ? 4000 : 1000));
                continue;
            }
            if (a.code().equals(DOSSIER_CODE) && !dossiers.exists(values.getFirst())) {
                violations.add(FieldViolation.of(field, "feedback_dossier_unknown"));
                continue;
            }
            cleaned.put(a.code(), values);
        }
        return cleaned;
    }

    /** The violation code of a value, or null when it is fine. */
    private static String checkValue(FeedbackAttribute a, String value) {
        int max = a.datatype() == AttributeDatatype.TEXT ? 4000 : 1000;
        if (value.length() > max) {
            return "feedback_too_long";
        }
        switch (a.datatype()) {
            case NUMBER -> {
                try {
                    new BigDecimal(value);
                } catch (NumberFormatException e) {
                    return "feedback_attribute_number";
                }
            }
            case DATETIME -> {
                try {
                    OffsetDateTime.parse(value);
                } catch (DateTimeParseException e) {
                    return "feedback_attribute_datetime";
                }
            }
            case SINGLEVALUELIST, MULTIVALUELIST -> {
                if (a.values().stream().noneMatch(v -> v.key().equals(value))) {
                    return "feedback_attribute_value";
                }
            }
            default -> {
                // STRING and TEXT: any text within the length
            }
        }
        return null;
    }

    private static ReporterContact checkContact(ReporterContact contact, List<FieldViolation> violations) {
        String name = blankToNull(contact.name());
        String email = blankToNull(contact.email());
        String phone = blankToNull(contact.phone());
        String device = blankToNull(contact.deviceId());
        tooLong(name, 200, "contact.name", violations);
        tooLong(device, 200, "contact.deviceId", violations);
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            violations.add(FieldViolation.of("contact.email", "feedback_email_invalid"));
        }
        if (phone != null) {
            String digits = phone.replaceAll("[\\s.()-]", "");
            if (!PHONE.matcher(digits).matches()) {
                violations.add(FieldViolation.of("contact.phone", "feedback_phone_invalid"));
            } else {
                phone = digits;
            }
        }
        return new ReporterContact(name, email, phone, device);
    }

    /** The account's name, email and phone where the report gave none. */
    private static ReporterContact withAccount(ReporterContact contact, AccountView account) {
        if (account == null) {
            return contact;
        }
        return new ReporterContact(
                contact.name() != null ? contact.name() : account.fullName(),
                contact.email() != null ? contact.email() : account.email(),
                contact.phone() != null ? contact.phone() : account.phone(),
                contact.deviceId());
    }

    private List<CheckedFile> checkPhotos(List<PhotoUpload> photos, List<FieldViolation> violations) {
        if (photos.size() > properties.maxPhotos()) {
            violations.add(FieldViolation.of("photos", "feedback_too_many_photos", properties.maxPhotos()));
            return List.of();
        }
        List<CheckedFile> checked = new ArrayList<>();
        for (int i = 0; i < photos.size(); i++) {
            uploads.check(photos.get(i), false, "photos[" + i + "]", violations).ifPresent(checked::add);
        }
        return checked;
    }

    private static void tooLong(String value, int max, String field, List<FieldViolation> violations) {
        if (value != null && value.strip().length() > max) {
            violations.add(FieldViolation.of(field, "feedback_too_long", max));
        }
    }

    private static String token() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    static String blankToNull(String s) {
        return isBlank(s) ? null : s.strip();
    }
}
