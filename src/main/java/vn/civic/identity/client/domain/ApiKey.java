package vn.civic.identity.client.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.civic.identity.client.ApiClientError;
import vn.civic.identity.client.ApiKeyView;
import vn.civic.platform.error.ConflictException;

/** An API key of a client: its visible prefix and the hash of the whole key. */
@Entity
@Table(name = "api_key")
public class ApiKey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "api_client_id", nullable = false)
    private long apiClientId;

    @Column(nullable = false, length = 20)
    private String prefix;

    @Column(name = "key_hash", nullable = false, length = 64)
    private String keyHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ApiKey() {}

    public ApiKey(long apiClientId, String prefix, String keyHash, Instant createdAt, Instant expiresAt) {
        this.apiClientId = apiClientId;
        this.prefix = prefix;
        this.keyHash = keyHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public Long id() {
        return id;
    }

    public long apiClientId() {
        return apiClientId;
    }

    public String keyHash() {
        return keyHash;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public ApiKeyView.State state(Instant now) {
        if (revokedAt != null) {
            return ApiKeyView.State.REVOKED;
        }
        if (expiresAt != null && !now.isBefore(expiresAt)) {
            return ApiKeyView.State.EXPIRED;
        }
        return ApiKeyView.State.ACTIVE;
    }

    public void revoke(Instant at) {
        if (revokedAt != null) {
            throw new ConflictException(ApiClientError.KEY_REVOKED, prefix);
        }
        this.revokedAt = at;
    }

    public ApiKeyView view(Instant now) {
        return new ApiKeyView(id, apiClientId, prefix, createdAt, expiresAt, revokedAt, lastUsedAt, state(now));
    }
}
