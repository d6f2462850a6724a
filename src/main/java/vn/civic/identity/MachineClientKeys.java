package vn.civic.identity;

import java.util.Optional;
import org.springframework.security.core.Authentication;

/**
 * Checks a machine client's API key where it does not come in a header of the {@code /api/**} chain: Open311 clients
 * pass theirs as the form field {@code api_key} (GeoReport v2). The same keys, with the same rules (docs/decisions/
 * 0008-machine-clients.md): found by prefix, compared by hash, not revoked or expired, of an active client.
 */
public interface MachineClientKeys {

    /**
     * The client's authentication for this request (its principal an {@link vn.civic.platform.security.Actor}, its
     * authorities the privileges of the client's scopes), or empty when the key does not authenticate. A refused key
     * is audited ({@code apiclient.authentication.failed}, by prefix, never in full) as on the API.
     */
    Optional<Authentication> authenticate(String apiKey);
}
