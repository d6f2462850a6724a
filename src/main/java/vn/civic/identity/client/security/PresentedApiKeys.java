package vn.civic.identity.client.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import vn.civic.identity.MachineClientKeys;
import vn.civic.platform.audit.AuditLog;

/** {@link MachineClientKeys} by the API's own key check, refusals audited as on the API. */
@Component
class PresentedApiKeys implements MachineClientKeys {

    private final ApiKeyAuthenticator authenticator;
    private final AuditLog audit;

    PresentedApiKeys(ApiKeyAuthenticator authenticator, AuditLog audit) {
        this.authenticator = authenticator;
        this.audit = audit;
    }

    @Override
    public Optional<Authentication> authenticate(String apiKey) {
        try {
            return Optional.of(authenticator.authenticate(apiKey));
        } catch (ApiKeyRejectedException rejected) {
            ApiChallenges.auditRejected(audit, rejected);
            return Optional.empty();
        }
    }
}
