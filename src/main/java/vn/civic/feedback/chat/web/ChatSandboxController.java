package vn.civic.feedback.chat.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.civic.feedback.chat.ChatConversations;
import vn.civic.feedback.chat.ChatEvent;
import vn.civic.feedback.chat.ChatProperties;
import vn.civic.feedback.chat.SandboxChatApp;
import vn.civic.platform.audit.AuditLog;
import vn.civic.platform.audit.AuditRecord;
import vn.civic.platform.error.CivicException;
import vn.civic.platform.error.CommonError;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.outbox.Outbox;
import vn.civic.platform.outbox.OutboxDispatcher;
import vn.civic.platform.outbox.OutboxEntry;
import vn.civic.platform.outbox.OutboxStatus;
import vn.civic.platform.security.Privilege;
import vn.civic.platform.web.AdminSection;
import vn.civic.platform.web.FormErrors;

/**
 * The chat channel's sandbox, for staff who manage notifications: play a citizen of the chat app (a made-up user id)
 * by sending a text, a location or a photo, and read the official account's replies and the progress notices of the
 * reports filed, without Zalo. Each message takes the webhook's path after its signature check
 * ({@link ChatConversations}), as an anonymous chat user, not as the staff member; the account's replies are sent
 * through the outbox at once so the page shows them. Only while the sandbox adapter is the chat app.
 */
@Controller
@RequestMapping(ChatSandboxController.PATH)
@PreAuthorize("hasAuthority('NOTIFICATION_MANAGE')")
class ChatSandboxController {

    static final String PATH = "/admin/feedback/chat";
    /** Sandbox users are told apart from the chat app's own ids. */
    static final String USER_PREFIX = "sandbox-";

    private static final Pattern USER = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final int MAX_TEXT = 2000;
    private static final Duration REPLY_WAIT = Duration.ofSeconds(3);

    private final ChatConversations conversations;
    private final ObjectProvider<SandboxChatApp> sandbox;
    private final Outbox outbox;
    private final OutboxDispatcher dispatcher;
    private final AuditLog audit;
    private final long maxUpload;

    ChatSandboxController(
            ChatConversations conversations,
            ObjectProvider<SandboxChatApp> sandbox,
            Outbox outbox,
            OutboxDispatcher dispatcher,
            AuditLog audit,
            ChatProperties properties) {
        this.conversations = conversations;
        this.sandbox = sandbox;
        this.outbox = outbox;
        this.dispatcher = dispatcher;
        this.audit = audit;
        // twice the limit, so that the refusal of a too large photo can be tried
        this.maxUpload = 2 * properties.maxImageBytes().toBytes();
    }

    /** What the page's forms post; each form fills its own part. */
    static final class SandboxForm {
        private String user;
        private String text;
        private Double latitude;
        private Double longitude;
        private MultipartFile photo;

        public MultipartFile getPhoto() {
            return photo;
        }

        public void setPhoto(MultipartFile photo) {
            this.photo = photo;
        }

        public String getUser() {
            return user;
        }

        public void setUser(String user) {
            this.user = user;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public Double getLatitude() {
            return latitude;
        }

        public void setLatitude(Double latitude) {
            this.latitude = latitude;
        }

        public Double getLongitude() {
            return longitude;
        }

        public void setLongitude(Double longitude) {
            this.longitude = longitude;
        }
    }

    @GetMapping
    String page(@RequestParam(required = false) String user, Model model) {
        SandboxForm form = new SandboxForm();
        form.setUser(user != null && USER.matcher(user).matches() ? user : null);
        model.addAttribute("form", form);
        return render(form, model);
    }

    @PostMapping("/messages")
    String text(@ModelAttribute("form") SandboxForm form, BindingResult binding, Model model) {
        List<FieldViolation> violations = new ArrayList<>(checkUser(form));
        String text = form.getText() == null ? "" : form.getText().strip();
        if (text.isEmpty()) {
            violations.add(FieldViolation.of("text", "feedback_chat_text_required"));
        } else if (text.length() > MAX_TEXT) {
            violations.add(FieldViolation.of("text", "feedback_chat_text_too_long", MAX_TEXT));
        }
        if (!violations.isEmpty() || binding.hasErrors()) {
            FormErrors.reject(binding, violations);
            return render(form, model);
        }
        return play(form.getUser(), text, null, userId -> ChatEvent.text(key(), userId, text));
    }

    @PostMapping("/locations")
    String location(@ModelAttribute("form") SandboxForm form, BindingResult binding, Model model) {
        List<FieldViolation> violations = new ArrayList<>(checkUser(form));
        Double lat = form.getLatitude();
        Double lon = form.getLongitude();
        if (!binding.hasFieldErrors("latitude") && (lat == null || !Double.isFinite(lat) || Math.abs(lat) > 90)) {
            violations.add(FieldViolation.of("latitude", "feedback_chat_latitude_invalid"));
        }
        if (!binding.hasFieldErrors("longitude") && (lon == null || !Double.isFinite(lon) || Math.abs(lon) > 180)) {
            violations.add(FieldViolation.of("longitude", "feedback_chat_longitude_invalid"));
        }
        if (!violations.isEmpty() || binding.hasErrors()) {
            FormErrors.reject(binding, violations);
            return render(form, model);
        }
        String shown = String.format(Locale.ROOT, "📍 %.5f, %.5f", lat, lon);
        return play(form.getUser(), shown, null, userId -> ChatEvent.location(key(), userId, lat, lon));
    }

    @PostMapping("/photos")
    String photo(@ModelAttribute("form") SandboxForm form, BindingResult binding, Model model) throws IOException {
        List<FieldViolation> violations = new ArrayList<>(checkUser(form));
        MultipartFile photo = form.getPhoto();
        byte[] content = null;
        if (photo == null || photo.isEmpty()) {
            violations.add(FieldViolation.of("photo", "feedback_chat_photo_required"));
        } else if (photo.getSize() > maxUpload) {
            violations.add(FieldViolation.of("photo", "feedback_chat_photo_too_large", maxUpload / (1024 * 1024)));
        } else {
            try (InputStream in = photo.getInputStream()) {
                content = in.readNBytes((int) Math.min(maxUpload + 1, Integer.MAX_VALUE - 8));
            }
            if (content.length > maxUpload) {
                violations.add(FieldViolation.of("photo", "feedback_chat_photo_too_large", maxUpload / (1024 * 1024)));
            }
        }
        if (!violations.isEmpty()) {
            FormErrors.reject(binding, violations);
            return render(form, model);
        }
        SandboxChatApp app = requireSandbox();
        String url = app.storeImage(content);
        return play(form.getUser(), null, url, userId -> ChatEvent.image(key(), userId, url));
    }

    @PostMapping("/outbox/{id}/retry")
    String retry(@PathVariable long id, @RequestParam(required = false) String user, RedirectAttributes redirect) {
        redirect.addFlashAttribute("retried", outbox.retry(id, List.of(ChatConversations.OUTBOX_CHANNEL)));
        return "redirect:" + PATH + (user != null && USER.matcher(user).matches() ? "?user=" + user : "");
    }

    private String play(String user, String text, String imageUrl, Function<String, ChatEvent> event) {
        SandboxChatApp app = requireSandbox();
        String userId = USER_PREFIX + user;
        app.recordCitizen(userId, text, imageUrl);
        audit.record(AuditRecord.change("feedback.chat.sandbox-message", "ChatConversation", userId, null, "sent"));
        asChatUser(() -> conversations.handle(event.apply(userId)));
        awaitReplies(userId);
        return "redirect:" + PATH + "?user=" + user;
    }

    /**
     * Delivers the account's replies now, so that the page shows them: the commit also woke the dispatcher on another
     * thread, which may hold a reply for a moment, hence the short wait for it.
     */
    private void awaitReplies(String userId) {
        long deadline = System.nanoTime() + REPLY_WAIT.toNanos();
        while (true) {
            dispatcher.dispatchDue();
            boolean waiting =
                    outbox.list(List.of(ChatConversations.OUTBOX_CHANNEL), "chat:" + userId, null, 0, 20).stream()
                            .anyMatch(e -> e.status() == OutboxStatus.SENDING
                                    || (e.status() == OutboxStatus.PENDING && e.attempts() == 0));
            if (!waiting || System.nanoTime() > deadline) {
                return;
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private String render(SandboxForm form, Model model) {
        SandboxChatApp app = sandbox.getIfAvailable();
        model.addAttribute("sandboxActive", app != null);
        model.addAttribute(
                "recentUsers",
                app == null
                        ? List.of()
                        : app.recentUsers(20).stream()
                                .filter(u -> u.startsWith(USER_PREFIX))
                                .map(u -> u.substring(USER_PREFIX.length()))
                                .toList());
        String user = form.getUser() != null && USER.matcher(form.getUser()).matches() ? form.getUser() : null;
        model.addAttribute("user", user);
        model.addAttribute("userId", user == null ? null : USER_PREFIX + user);
        model.addAttribute(
                "lines", app == null || user == null ? List.of() : app.conversation(USER_PREFIX + user, 200));
        model.addAttribute(
                "suggestedUser", "nguoidan-" + UUID.randomUUID().toString().substring(0, 6));
        List<OutboxEntry> entries = outbox.list(
                List.of(ChatConversations.OUTBOX_CHANNEL),
                user == null ? null : "chat:" + USER_PREFIX + user,
                null,
                0,
                20);
        model.addAttribute("entries", entries);
        model.addAttribute("failed", entries.stream().anyMatch(e -> e.status() == OutboxStatus.FAILED));
        return "feedback/chat/sandbox";
    }

    private static List<FieldViolation> checkUser(SandboxForm form) {
        return form.getUser() == null || !USER.matcher(form.getUser()).matches()
                ? List.of(FieldViolation.of("user", "feedback_chat_user_invalid"))
                : List.of();
    }

    private SandboxChatApp requireSandbox() {
        SandboxChatApp app = sandbox.getIfAvailable();
        if (app == null) {
            throw new CivicException(CommonError.NOT_FOUND);
        }
        return app;
    }

    /** Runs as the webhook does: no signed-in user, so that the report is filed as the chat user's. */
    private static void asChatUser(Runnable action) {
        SecurityContext staff = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        try {
            action.run();
        } finally {
            SecurityContextHolder.setContext(staff);
        }
    }

    private static String key() {
        return "sandbox:" + UUID.randomUUID();
    }

    @Configuration(proxyBeanMethods = false)
    static class ChatSandboxSection {

        @Bean
        AdminSection feedbackChatSandboxSection() {
            return new AdminSection(
                    "feedback.chat.sandbox.title",
                    "feedback.chat.sandbox.description",
                    PATH,
                    Privilege.NOTIFICATION_MANAGE,
                    96);
        }
    }
}
