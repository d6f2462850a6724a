package vn.civic.identity.password;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;
import vn.civic.identity.IdentityError;
import vn.civic.identity.IdentityProperties;
import vn.civic.identity.account.Account;
import vn.civic.identity.account.AccountRegistry;
import vn.civic.identity.account.Accounts;
import vn.civic.identity.account.PasswordResetToken;
import vn.civic.identity.account.PasswordResetToken.Purpose;
import vn.civic.identity.account.PasswordResetTokens;
import vn.civic.platform.audit.AuditLog;
import vn.civic.platform.audit.AuditRecord;
import vn.civic.platform.audit.AuditRecord.ActorRef;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.platform.security.Actor;
import vn.civic.platform.security.CurrentActor;

/**
 * Password reset by email: a random, single-use token is mailed as a link and stored only as its SHA-256; it expires
 * ({@code civic.identity.password-reset.validity}), and the newest link of an account replaces the older ones. The
 * answer to a request never tells whether the address belongs to an account.
 */
@Service
public class PasswordResets {

    /** 256 random bits: as hard to guess as the hash that stores them. */
    static final int TOKEN_BYTES = 32;

    public static final String RESET_PATH = "/password/reset";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Accounts accounts;
    private final PasswordResetTokens tokens;
    private final Passwords passwords;
    private final ResetMail mail;
    private final AuditLog audit;
    private final IdentityProperties properties;
    private final Clock clock;

    PasswordResets(
            Accounts accounts,
            PasswordResetTokens tokens,
            Passwords passwords,
            ResetMail mail,
            AuditLog audit,
            IdentityProperties properties,
            Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwords = passwords;
        this.mail = mail;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** What a valid link opens: the account whose password it sets. */
    public record ResetLink(long accountId, String username, String fullName, Purpose purpose) {}

    /**
     * Someone who forgot their password gives an email address: every active account with it gets a link, unless one
     * was sent in the last {@code resend-interval}. Nothing is said about the outcome.
     */
    @Transactional
    public void request(String email) {
        String address = AccountRegistry.normaliseEmail(email);
        if (address == null) {
            return;
        }
        Instant now = clock.instant();
        for (Account account : accounts.findByEmailAndActiveTrue(address)) {
            boolean recent = tokens.findFirstByAccountIdOrderByCreatedAtDesc(account.id())
                    .filter(t -> t.createdAt()
                            .isAfter(now.minus(properties.passwordReset().resendInterval())))
                    .isPresent();
            if (!recent) {
                issue(account, Purpose.RESET, new ActorRef("login:" + account.username(), account.username(), null));
            }
        }
    }

    /** An administrator sends the account a reset link (the caller checked the privilege and scope). */
    @Transactional
    public void requestFor(Account account) {
        issue(account, Purpose.RESET, null);
    }

    /** A new staff account receives a link to set its first password. */
    @Transactional
    public void invite(Account account) {
        issue(account, Purpose.INVITATION, null);
    }

    /** The account a link opens, if the token is known, unused, unexpired and its account active. */
    @Transactional(readOnly = true)
    public Optional<ResetLink> check(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByTokenHash(hash(token))
                .filter(t -> t.usableAt(now))
                .flatMap(t -> accounts.findById(t.accountId())
                        .filter(Account::active)
                        .map(a -> new ResetLink(a.id(), a.username(), a.fullName(), t.purpose())));
    }

    /**
     * Sets the new password with a link: the token is spent in the same transaction, so it works once. A lock ends,
     * every session of the account ends.
     *
     * @throws InvalidInputException with {@link IdentityError#RESET_LINK_INVALID} when the link no longer works, or
     *     the violated password rules
     */
    @Transactional
    public ResetLink complete(String token, String newPassword, String confirmation) {
        Instant now = clock.instant();
        PasswordResetToken stored = token == null
                ? null
                : tokens.lockByTokenHash(hash(token))
                        .filter(t -> t.usableAt(now))
                        .orElse(null);
        Account account = stored == null
                ? null
                : accounts.findById(stored.accountId()).filter(Account::active).orElse(null);
        if (account == null) {
            throw new InvalidInputException(IdentityError.RESET_LINK_INVALID, List.of());
        }
        passwords.reset(account, newPassword, confirmation);
        stored.use(now);
        audit.record(AuditRecord.change(
                        "account.password_reset", "Account", account.id(), null, stored.purpose() + " link used")
                .by(new ActorRef("account:" + account.id(), account.fullName(), null)));
        return new ResetLink(account.id(), account.username(), account.fullName(), stored.purpose());
    }

    private void issue(Account account, Purpose purpose, ActorRef requester) {
        if (account.email() == null) {
            return;
        }
        Instant now = clock.instant();
        Duration validity = purpose == Purpose.INVITATION
                ? properties.passwordReset().invitationValidity()
                : properties.passwordReset().validity();
        String token = newToken();
        tokens.spendOpenTokens(account.id(), now);
        String requestedBy = requester != null ? requester.id() : currentActorId();
        tokens.save(new PasswordResetToken(account.id(), hash(token), purpose, requestedBy, now, now.plus(validity)));
        AuditRecord record = AuditRecord.change(
                "account.password_reset_requested",
                "Account",
                account.id(),
                null,
                purpose + " link to " + account.email() + " valid until " + now.plus(validity));
        audit.record(requester == null ? record : record.by(requester));
        mail.sendAfterCommit(account, link(token), purpose, validity);
    }

    private static String currentActorId() {
        return CurrentActor.get().map(Actor::actorId).orElse("system");
    }

    private String link(String token) {
        return UriComponentsBuilder.fromUri(properties.publicUrl())
                .path(RESET_PATH)
                .queryParam("token", token)
                .build()
                .toUriString();
    }

    static String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The SHA-256 of a token, as stored: the token itself never is. */
    public static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
