package vn.civic.identity.client.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import vn.civic.identity.client.ApiClientError;
import vn.civic.identity.client.ApiClientStatus;
import vn.civic.identity.client.ApiClientView;
import vn.civic.identity.client.ApiScope;
import vn.civic.platform.error.ConflictException;

/** A machine client of an agency: its scopes, its status and the hash of its client secret. */
@Entity
@Table(name = "api_client")
public class ApiClient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false, length = 64)
    private String clientId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "agency_id", nullable = false)
    private long agencyId;

    @Column(name = "agency_code", nullable = false, length = 35)
    private String agencyCode;

    @Column(nullable = false, length = 50)
    private String subsystem;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ApiClientStatus status = ApiClientStatus.ACTIVE;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "api_client_scope", joinColumns = @JoinColumn(name = "api_client_id"))
    @Column(name = "scope", nullable = false, length = 50)
    @Convert(converter = ApiScopeConverter.class)
    private Set<ApiScope> scopes = new HashSet<>();

    @Column(name = "secret_hash", nullable = false, length = 100)
    private String secretHash;

    /** Raised by each rotation; tokens carry it, so a rotation also ends the tokens issued before it. */
    @Column(name = "secret_version", nullable = false)
    private int secretVersion = 1;

    @Column(name = "external_issuer", length = 500)
    private String externalIssuer;

    @Column(name = "external_client_id", length = 200)
    private String externalClientId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    private long version;

    protected ApiClient() {}

    public ApiClient(
            String clientId,
            String name,
            long agencyId,
            String agencyCode,
            String subsystem,
            Set<ApiScope> scopes,
            String externalIssuer,
            String externalClientId,
            String secretHash,
            Instant createdAt) {
        this.clientId = clientId;
        this.name = name;
        this.agencyId = agencyId;
        this.agencyCode = agencyCode;
        this.subsystem = subsystem;
        this.scopes = new HashSet<>(scopes);
        this.externalIssuer = externalIssuer;
        this.externalClientId = externalClientId;
        this.secretHash = secretHash;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public String clientId() {
        return clientId;
    }

    public long version() {
        return version;
    }

    public boolean isActive() {
        return status == ApiClientStatus.ACTIVE;
    }

    public String secretHash() {
        return secretHash;
    }

    public int secretVersion() {
        return secretVersion;
    }

    public Set<ApiScope> scopes() {
        return scopes.isEmpty() ? Set.of() : EnumSet.copyOf(scopes);
    }

    /** Replaces the secret; tokens issued with the old one stop being accepted. */
    public void rotateSecret(String newSecretHash) {
        requireActive();
        this.secretHash = newSecretHash;
        this.secretVersion++;
    }

    /** Revokes the client for good: its secret, tokens and API keys stop working at once. */
    public void revoke(Instant at) {
        requireActive();
        this.status = ApiClientStatus.REVOKED;
        this.revokedAt = at;
    }

    public void requireActive() {
        if (!isActive()) {
            throw new ConflictException(ApiClientError.CLIENT_REVOKED, clientId);
        }
    }

    public ApiClientView view() {
        return new ApiClientView(
                id,
                clientId,
                name,
                agencyId,
                agencyCode,
                subsystem,
                ApiClientView.memberId(agencyCode, subsystem),
                scopes.stream().sorted(Comparator.naturalOrder()).toList(),
                status,
                externalIssuer,
                externalClientId,
                createdAt,
                revokedAt,
                version);
    }
}
