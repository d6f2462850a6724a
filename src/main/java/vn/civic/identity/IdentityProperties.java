package vn.civic.identity;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of accounts and sign-in ({@code civic.identity.*}); see docs/decisions/0007-identity.md.
 *
 * @param publicUrl the address people reach the platform at; links in emails start with it (never with the request's
 *     Host header, which a visitor controls)
 * @param mailFrom sender of the platform's emails
 * @param taxCodeCheckDigit whether a business tax code must carry the check digit of {@link TaxCode}; the algorithm is
 *     unconfirmed against the official text, so a city may switch it off
 */
@ConfigurationProperties("civic.identity")
public record IdentityProperties(
        @DefaultValue Lockout lockout,
        @DefaultValue Password password,
        @DefaultValue PasswordReset passwordReset,
        @DefaultValue("http://localhost:8080") URI publicUrl,
        @DefaultValue("Civic <no-reply@civic.local>") String mailFrom,
        @DefaultValue("true") boolean taxCodeCheckDigit) {

    /**
     * @param maxFailures consecutive failed sign-ins that lock an account
     * @param duration how long the lock lasts; a password reset or an administrator ends it sooner
     */
    public record Lockout(
            @DefaultValue("5") int maxFailures,
            @DefaultValue("15m") Duration duration) {

        public Lockout {
            if (maxFailures < 1 || duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(
                        "civic.identity.lockout: max-failures must be at least 1 and duration positive");
            }
        }

        public long minutes() {
            return Math.max(1, duration.toMinutes());
        }
    }

    /**
     * @param minLength shortest password accepted (NIST SP 800-63B asks at least 8; 10 by default)
     * @param maxLength longest password accepted: enough for a passphrase, bounded so that hashing stays cheap
     */
    public record Password(
            @DefaultValue("10") int minLength,
            @DefaultValue("128") int maxLength) {

        public Password {
            if (minLength < 8 || maxLength < minLength || maxLength > 1024) {
                throw new IllegalArgumentException(
                        "civic.identity.password: min-length must be at least 8 and not above max-length (≤ 1024)");
            }
        }
    }

    /**
     * @param validity how long a reset link works
     * @param invitationValidity how long the link works that a new staff account receives to set its first password
     * @param resendInterval the shortest time between two reset emails to one account, against mail bombing
     * @param logLinkWithoutMail when no mail server is configured, write the link to the log instead (the demo does;
     *     never in production)
     */
    public record PasswordReset(
            @DefaultValue("30m") Duration validity,
            @DefaultValue("72h") Duration invitationValidity,
            @DefaultValue("1m") Duration resendInterval,
            @DefaultValue("false") boolean logLinkWithoutMail) {}
}
