package vn.civic.identity.client;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.civic.identity.client.domain.ApiClient;
import vn.civic.identity.client.domain.ApiClients;
import vn.civic.identity.client.domain.ApiKey;
import vn.civic.identity.client.domain.ApiKeys;
import vn.civic.org.AgencyView;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.audit.AuditLog;
import vn.civic.platform.audit.AuditRecord;
import vn.civic.platform.error.CommonError;
import vn.civic.platform.error.ConflictException;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.platform.error.NotFoundException;
import vn.civic.platform.time.CivicTime;

/**
 * The register of machine clients: registers them, issues, rotates and revokes their secrets and API keys. Secrets
 * and keys are returned in clear once ({@link IssuedCredential}) and stored only hashed. Every change is audited in
 * its transaction. The callers check the privilege ({@code API_CLIENT_MANAGE}, city-wide).
 */
@Service
public class ApiClientRegistry {

    static final String CLIENT = "ApiClient";
    static final String KEY = "ApiKey";

    private final ApiClients clients;
    private final ApiKeys keys;
    private final OrgDirectory org;
    private final ApiClientProperties properties;
    private final AuditLog audit;
    private final Clock clock;

    ApiClientRegistry(
            ApiClients clients,
            ApiKeys keys,
            OrgDirectory org,
            ApiClientProperties properties,
            AuditLog audit,
            Clock clock) {
        this.clients = clients;
        this.keys = keys;
        this.org = org;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every client, by agency and client id. */
    @Transactional(readOnly = true)
    public List<ApiClientView> list() {
        return clients.findAllByOrderByAgencyCodeAscClientIdAsc().stream()
                .map(ApiClient::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public ApiClientView get(long id) {
        return find(id).view();
    }

    /** The client's API keys, newest first. */
    @Transactional(readOnly = true)
    public List<ApiKeyView> keysOf(long id) {
        find(id);
        Instant now = clock.instant();
        return keys.findByApiClientIdOrderByCreatedAtDescIdDesc(id).stream()
                .map(k -> k.view(now))
                .toList();
    }

    /** The issuers whose tokens a client may also present (from {@code civic.api.trusted-issuers}). */
    public List<ApiClientProperties.TrustedIssuer> trustedIssuers() {
        return properties.trustedIssuers();
    }

    /** Registers a client and returns its client secret, in clear this once. */
    @Transactional
    public IssuedCredential register(RegisterClientCommand command) {
        List<FieldViolation> violations = new ArrayList<>(command.violations());
        AgencyView agency = null;
        if (command.agencyId() != null) {
            agency = org.findAgency(command.agencyId())
                    .filter(AgencyView::active)
                    .orElse(null);
            if (agency == null) {
                violations.add(RegisterClientCommand.violation("agencyId", "agency_unknown"));
            }
        }
        if (command.clientId() != null
                && clients.findByClientId(command.clientId()).isPresent()) {
            violations.add(RegisterClientCommand.violation("clientId", "client_id_taken"));
        }
        if (agency != null
                && command.subsystem() != null
                && clients.existsByAgencyCodeAndSubsystem(agency.code(), command.subsystem())) {
            violations.add(RegisterClientCommand.violation("subsystem", "subsystem_taken"));
        }
        if (command.externalIssuer() != null) {
            if (!properties.trusts(command.externalIssuer())) {
                violations.add(RegisterClientCommand.violation("externalIssuer", "external_issuer_unknown"));
            } else if (command.externalClientId() != null
                    && clients.findByExternalIssuerAndExternalClientId(
                                    command.externalIssuer(), command.externalClientId())
                            .isPresent()) {
                violations.add(RegisterClientCommand.violation("externalClientId", "external_client_id_taken"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String secret = ApiKeyFormat.newSecret();
        ApiClient client;
        try {
            client = clients.saveAndFlush(new ApiClient(
                    command.clientId(),
                    command.name(),
                    agency.id(),
                    agency.code(),
                    command.subsystem(),
                    command.scopes(),
                    command.externalIssuer(),
                    command.externalClientId(),
                    SecretEncoder.encodeSecret(secret),
                    clock.instant()));
        } catch (DataIntegrityViolationException e) {
            // another administrator registered the same client id or member a moment ago
            throw new InvalidInputException(List.of(RegisterClientCommand.violation("clientId", "client_id_taken")));
        }
        ApiClientView view = client.view();
        audit.record(AuditRecord.change("apiclient.created", CLIENT, view.clientId(), null, view.summary()));
        return new IssuedCredential(view, IssuedCredential.Kind.CLIENT_SECRET, secret, null);
    }

    /** Replaces the client secret; the old secret and the tokens issued with it stop working at once. */
    @Transactional
    public IssuedCredential rotateSecret(long id, long version) {
        ApiClient client = find(id);
        requireVersion(client, version);
        String secret = ApiKeyFormat.newSecret();
        client.rotateSecret(SecretEncoder.encodeSecret(secret));
        clients.flush();
        ApiClientView view = client.view();
        audit.record(AuditRecord.change(
                "apiclient.secret.rotated",
                CLIENT,
                view.clientId(),
                "secret version " + (client.secretVersion() - 1),
                "secret version " + client.secretVersion()));
        return new IssuedCredential(view, IssuedCredential.Kind.CLIENT_SECRET, secret, null);
    }

    /** Revokes the client: its secret, its tokens and its API keys stop working at once. */
    @Transactional
    public ApiClientView revoke(long id, long version) {
        ApiClient client = find(id);
        requireVersion(client, version);
        String before = client.view().summary();
        client.revoke(clock.instant());
        clients.flush();
        ApiClientView view = client.view();
        audit.record(AuditRecord.change("apiclient.revoked", CLIENT, view.clientId(), before, view.summary()));
        return view;
    }

    /**
     * Issues an API key, valid until the end of {@code expiresOn} (Vietnam time) or, when null, until revoked.
     *
     * @throws InvalidInputException when {@code expiresOn} is not after today
     */
    @Transactional
    public IssuedCredential issueKey(long id, LocalDate expiresOn) {
        ApiClient client = find(id);
        client.requireActive();
        Instant expiresAt = null;
        if (expiresOn != null) {
            if (!expiresOn.isAfter(LocalDate.now(clock.withZone(CivicTime.ZONE)))) {
                throw new InvalidInputException(
                        List.of(RegisterClientCommand.violation("expiresOn", "expiry_not_future")));
            }
            expiresAt = expiresOn.plusDays(1).atStartOfDay(CivicTime.ZONE).toInstant();
        }
        IssuedCredential issued = newKey(client, expiresAt);
        audit.record(AuditRecord.change(
                "apiclient.key.issued", KEY, issued.key().prefix(), null, keySummary(client, issued.key())));
        return issued;
    }

    /** Replaces a key by a new one with the same expiry; the old key stops working at once. */
    @Transactional
    public IssuedCredential rotateKey(long id, long keyId) {
        ApiClient client = find(id);
        client.requireActive();
        ApiKey old = findKey(client, keyId);
        Instant now = clock.instant();
        old.revoke(now);
        Instant expiresAt = old.expiresAt() != null && old.expiresAt().isAfter(now) ? old.expiresAt() : null;
        IssuedCredential issued = newKey(client, expiresAt);
        audit.record(AuditRecord.change(
                "apiclient.key.rotated",
                KEY,
                issued.key().prefix(),
                keySummary(client, old.view(now)),
                keySummary(client, issued.key())));
        return issued;
    }

    @Transactional
    public ApiKeyView revokeKey(long id, long keyId) {
        ApiClient client = find(id);
        ApiKey key = findKey(client, keyId);
        Instant now = clock.instant();
        key.revoke(now);
        keys.flush();
        ApiKeyView view = key.view(now);
        audit.record(AuditRecord.change("apiclient.key.revoked", KEY, view.prefix(), null, keySummary(client, view)));
        return view;
    }

    private IssuedCredential newKey(ApiClient client, Instant expiresAt) {
        String prefix = ApiKeyFormat.newPrefix();
        while (keys.existsByPrefix(prefix)) {
            prefix = ApiKeyFormat.newPrefix();
        }
        String value = ApiKeyFormat.newKey(prefix);
        ApiKey key = keys.saveAndFlush(
                new ApiKey(client.id(), prefix, ApiKeyFormat.hash(value), clock.instant(), expiresAt));
        return new IssuedCredential(client.view(), IssuedCredential.Kind.API_KEY, value, key.view(clock.instant()));
    }

    private static String keySummary(ApiClient client, ApiKeyView key) {
        return "client=" + client.clientId() + ", key=" + key.displayPrefix() + ", state=" + key.state()
                + (key.expiresAt() == null ? "" : ", expiresAt=" + key.expiresAt());
    }

    private ApiClient find(long id) {
        return clients.findById(id).orElseThrow(() -> new NotFoundException(ApiClientError.CLIENT_NOT_FOUND, id));
    }

    private ApiKey findKey(ApiClient client, long keyId) {
        return keys.findById(keyId)
                .filter(k -> k.apiClientId() == client.id())
                .orElseThrow(() -> new NotFoundException(ApiClientError.KEY_NOT_FOUND, keyId));
    }

    private static void requireVersion(ApiClient client, long version) {
        if (client.version() != version) {
            throw new ConflictException(CommonError.CONCURRENT_MODIFICATION);
        }
    }
}
