package vn.civic.identity.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An identity at an OpenID Connect provider (its subject) linked to an account: found at the first sign-in by the
 * personal identification number, tax code or username, or created with the account; every later sign-in through that
 * provider finds the account by it.
 */
@Entity
@Table(name = "account_oidc_link")
public class OidcLink {

    /** How the first sign-in found the account. */
    public enum Match {
        PERSONAL_ID_NUMBER,
        TAX_CODE,
        USERNAME,
        /** The first sign-in created the account. */
        CREATED
    }

    public static final int SUBJECT_MAX = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "provider_id", nullable = false, length = 50)
    private String providerId;

    @Column(nullable = false, length = SUBJECT_MAX)
    private String subject;

    @Column(name = "matched_by", nullable = false, length = 30)
    private String matchedBy;

    @Column(name = "first_used_at", nullable = false)
    private Instant firstUsedAt;

    @Column(name = "last_used_at", nullable = false)
    private Instant lastUsedAt;

    protected OidcLink() {}

    public OidcLink(long accountId, String providerId, String subject, Match matchedBy, Instant now) {
        this.accountId = accountId;
        this.providerId = providerId;
        this.subject = subject;
        this.matchedBy = matchedBy.name();
        this.firstUsedAt = now;
        this.lastUsedAt = now;
    }

    public long accountId() {
        return accountId;
    }

    public String providerId() {
        return providerId;
    }

    public String subject() {
        return subject;
    }

    public Instant firstUsedAt() {
        return firstUsedAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public void used(Instant now) {
        lastUsedAt = now;
    }
}
