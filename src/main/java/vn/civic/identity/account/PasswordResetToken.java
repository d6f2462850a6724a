package vn.civic.identity.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A link to set a new password. Only the SHA-256 of the random token is stored: whoever reads the table cannot use
 * it. A token works once and until it expires; a newer one replaces it.
 */
@Entity
@Table(name = "password_reset_token")
public class PasswordResetToken {

    /** Why the link was sent. */
    public enum Purpose {
        /** Someone asked to reset the password (the person, or an administrator for them). */
        RESET,
        /** A new staff account sets its first password. */
        INVITATION
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Purpose purpose;

    @Column(name = "requested_by", nullable = false, length = 100)
    private String requestedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected PasswordResetToken() {}

    public PasswordResetToken(
            long accountId, String tokenHash, Purpose purpose, String requestedBy, Instant now, Instant expiresAt) {
        this.accountId = accountId;
        this.tokenHash = tokenHash;
        this.purpose = purpose;
        this.requestedBy = requestedBy;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public Purpose purpose() {
        return purpose;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** Spends the token: a used token never works again. */
    public void use(Instant now) {
        usedAt = now;
    }
}
