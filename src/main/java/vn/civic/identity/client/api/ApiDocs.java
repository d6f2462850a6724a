package vn.civic.identity.client.api;

import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.OAuthFlow;
import io.swagger.v3.oas.annotations.security.OAuthFlows;
import io.swagger.v3.oas.annotations.security.OAuthScope;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.security.SecuritySchemes;
import org.springframework.context.annotation.Configuration;

/**
 * How machine clients authenticate, for the OpenAPI document: an access token from {@code POST /oauth2/token}
 * (client credentials) or an API key. Endpoints name these schemes in {@code @SecurityRequirement}.
 */
@Configuration(proxyBeanMethods = false)
@SecuritySchemes({
    @SecurityScheme(
            name = ApiDocs.OAUTH2,
            type = SecuritySchemeType.OAUTH2,
            description = "Access token of the client-credentials grant, sent as 'Authorization: Bearer <token>'."
                    + " Tokens of a trusted issuer (a provincial LGSP) are accepted for clients registered with it.",
            flows =
                    @OAuthFlows(
                            clientCredentials =
                                    @OAuthFlow(
                                            tokenUrl = "/oauth2/token",
                                            scopes = {
                                                @OAuthScope(
                                                        name = "org.read",
                                                        description = "Read the organisation directory")
                                            }))),
    @SecurityScheme(
            name = ApiDocs.API_KEY,
            type = SecuritySchemeType.APIKEY,
            in = SecuritySchemeIn.HEADER,
            paramName = "X-API-Key",
            description = "API key issued on the administration pages; 'Authorization: ApiKey <key>' works too."
                    + " A key carries all the scopes of its client.")
})
class ApiDocs {

    static final String OAUTH2 = "clientCredentials";
    static final String API_KEY = "apiKey";
}
