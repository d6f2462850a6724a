package vn.civic.identity.client.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;
import vn.civic.identity.client.ApiClientAuthentication;
import vn.civic.identity.client.ApiClientAuthentication.Method;
import vn.civic.identity.client.ApiKeyFormat;
import vn.civic.identity.client.ApiKeyView;
import vn.civic.identity.client.domain.ApiClient;
import vn.civic.identity.client.domain.ApiClients;
import vn.civic.identity.client.domain.ApiKey;
import vn.civic.identity.client.domain.ApiKeys;

/**
 * Checks a presented API key: found by its prefix, its hash compared in constant time, not revoked or expired, of an
 * active client. The key's last use is written at most once a minute, however many requests it carries.
 */
@Component
class ApiKeyAuthenticator {

    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    private final ApiKeys keys;
    private final ApiClients clients;
    private final Clock clock;

    ApiKeyAuthenticator(ApiKeys keys, ApiClients clients, Clock clock) {
        this.keys = keys;
        this.clients = clients;
        this.clock = clock;
    }

    ApiClientAuthentication authenticate(String presented) {
        var parsed =
                ApiKeyFormat.parse(presented).orElseThrow(() -> new ApiKeyRejectedException("malformed", null, null));
        ApiKey key = keys.findByPrefix(parsed.prefix())
                .orElseThrow(() -> new ApiKeyRejectedException("unknown", parsed.prefix(), null));
        ApiClient client = clients.findById(key.apiClientId()).orElseThrow();
        if (!ApiKeyFormat.sameHash(ApiKeyFormat.hash(parsed.value()), key.keyHash())) {
            throw new ApiKeyRejectedException("wrong", parsed.prefix(), client.clientId());
        }
        Instant now = clock.instant();
        ApiKeyView.State state = key.state(now);
        if (state != ApiKeyView.State.ACTIVE) {
            throw new ApiKeyRejectedException(state.name().toLowerCase(), parsed.prefix(), client.clientId());
        }
        if (!client.isActive()) {
            throw new ApiKeyRejectedException("client_revoked", parsed.prefix(), client.clientId());
        }
        Instant staleBefore = now.minus(LAST_USE_PRECISION);
        if (key.lastUsedAt() == null || key.lastUsedAt().isBefore(staleBefore)) {
            keys.recordUse(key.id(), now, staleBefore);
        }
        return ClientAuthentications.authentication(client, client.scopes(), Method.API_KEY);
    }
}
