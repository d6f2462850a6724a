package vn.civic.identity.client.api;

import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.AntPathMatcher;
import vn.civic.identity.client.ApiScope;
import vn.civic.platform.security.PublicEndpoints;

/**
 * How machine clients authenticate, for the OpenAPI document: an access token from {@code POST /oauth2/token}
 * (client credentials, with the scopes of {@link ApiScope}) or an API key. The API chain guards every path under
 * {@code /api/} that no module declares public, so the document says so here, once, for every such operation.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocs {

    static final String OAUTH2 = "clientCredentials";
    static final String API_KEY = "apiKey";

    @Bean
    OpenApiCustomizer machineClientSecurity(List<PublicEndpoints> publicEndpoints) {
        AntPathMatcher paths = new AntPathMatcher();
        List<String> open = publicEndpoints.stream()
                .flatMap(p -> p.patterns().stream())
                .filter(p -> p.startsWith("/api/"))
                .toList();
        return openApi -> {
            Scopes scopes = new Scopes();
            for (ApiScope scope : ApiScope.values()) {
                scopes.addString(scope.value(), scope.privilege().name());
            }
            openApi.getComponents()
                    .addSecuritySchemes(
                            OAUTH2,
                            new SecurityScheme()
                                    .type(SecurityScheme.Type.OAUTH2)
                                    .description("Access token of the client-credentials grant, sent as"
                                            + " 'Authorization: Bearer <token>'. Tokens of a trusted issuer (a"
                                            + " provincial LGSP) are accepted for clients registered with it.")
                                    .flows(new OAuthFlows()
                                            .clientCredentials(new OAuthFlow()
                                                    .tokenUrl("/oauth2/token")
                                                    .scopes(scopes))))
                    .addSecuritySchemes(
                            API_KEY,
                            new SecurityScheme()
                                    .type(SecurityScheme.Type.APIKEY)
                                    .in(SecurityScheme.In.HEADER)
                                    .name("X-API-Key")
                                    .description("API key issued on the administration pages; 'Authorization:"
                                            + " ApiKey <key>' works too. A key carries all the scopes of its"
                                            + " client."));
            openApi.getPaths().forEach((path, item) -> {
                if (open.stream().noneMatch(pattern -> paths.match(pattern, path))) {
                    item.readOperations()
                            .forEach(operation -> operation.security(List.of(
                                    new SecurityRequirement().addList(OAUTH2),
                                    new SecurityRequirement().addList(API_KEY))));
                }
            });
        };
    }
}
