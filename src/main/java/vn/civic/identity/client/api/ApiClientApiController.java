package vn.civic.identity.client.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.civic.identity.client.ApiClientAuthentication;
import vn.civic.identity.client.ApiClientRegistry;
import vn.civic.identity.client.ApiClientView;
import vn.civic.identity.client.ApiScope;

/** Machine clients through the API: who the calling client is, and the register for its administrators. */
@RestController
@RequestMapping(path = "/api/clients", produces = "application/json")
@Tag(name = "API clients", description = "Machine clients of other agencies' systems")
class ApiClientApiController {

    private final ApiClientRegistry registry;

    ApiClientApiController(ApiClientRegistry registry) {
        this.registry = registry;
    }

    /**
     * The calling client as Civic knows it.
     *
     * @param clientId the registered client id
     * @param memberId {@code VN:GOV:<organisation code>:<subsystem>}
     * @param grantedScopes what the client is granted
     * @param scopes what this request may use: the token's scopes, or all granted scopes for an API key
     * @param authenticatedBy {@code token}, {@code external_token} or {@code api_key}
     */
    record CallingClient(
            String clientId,
            String name,
            String memberId,
            Long agencyId,
            String agencyCode,
            List<String> grantedScopes,
            List<String> scopes,
            String authenticatedBy) {}

    /** A registered client; its secret and keys are never shown. */
    record RegisteredClient(
            String clientId,
            String name,
            String memberId,
            long agencyId,
            String agencyCode,
            List<String> scopes,
            String status,
            String externalIssuer,
            String externalClientId,
            Instant createdAt,
            Instant revokedAt) {

        static RegisteredClient of(ApiClientView v) {
            return new RegisteredClient(
                    v.clientId(),
                    v.name(),
                    v.memberId(),
                    v.agencyId(),
                    v.agencyCode(),
                    v.scopes().stream().map(ApiScope::value).toList(),
                    v.status().name().toLowerCase(),
                    v.externalIssuer(),
                    v.externalClientId(),
                    v.createdAt(),
                    v.revokedAt());
        }
    }

    @GetMapping("/me")
    @PreAuthorize("authentication instanceof T(vn.civic.identity.client.ApiClientAuthentication)")
    @Operation(
            summary = "The calling client",
            description = "Who the token or API key belongs to, and the scopes this request may use. Only machine"
                    + " clients may call it.")
    @ApiResponse(responseCode = "200", description = "The calling client")
    @ApiResponse(responseCode = "401", description = "No valid token or API key")
    @ApiResponse(responseCode = "403", description = "The caller is not a machine client")
    CallingClient me(Authentication authentication) {
        ApiClientAuthentication client = (ApiClientAuthentication) authentication;
        var actor = client.getPrincipal();
        return new CallingClient(
                actor.clientId(),
                actor.name(),
                actor.memberId(),
                actor.agencyId(),
                actor.agencyCode(),
                actor.grantedScopes().stream().sorted().map(ApiScope::value).toList(),
                client.scopeValues(),
                client.method().name().toLowerCase());
    }

    @GetMapping
    @PreAuthorize("hasAuthority('API_CLIENT_MANAGE')")
    @Operation(
            summary = "Registered clients",
            description = "Every registered client, by agency; needs the API_CLIENT_MANAGE privilege.")
    @ApiResponse(responseCode = "200", description = "The clients")
    @ApiResponse(responseCode = "401", description = "No valid token or API key")
    @ApiResponse(responseCode = "403", description = "The caller lacks API_CLIENT_MANAGE")
    List<RegisteredClient> list() {
        return registry.list().stream().map(RegisteredClient::of).toList();
    }
}
