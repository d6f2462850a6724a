package vn.civic.identity.client.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AccessTokenAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.web.authentication.OAuth2AccessTokenResponseAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import vn.civic.identity.client.ApiClientError;
import vn.civic.platform.audit.AuditLog;
import vn.civic.platform.audit.AuditRecord;
import vn.civic.platform.audit.AuditRecord.ActorRef;
import vn.civic.platform.audit.AuditRecord.Outcome;
import vn.civic.platform.error.CommonError;
import vn.civic.platform.error.ErrorCode;
import vn.civic.platform.error.Problems;

/**
 * The token endpoint's answers. An issued token is audited and answered as RFC 6749 says. A refused request is
 * audited (the client id it named and the OAuth2 error, never the secret) and answered as problem details that also
 * carry RFC 6749's {@code error} member, so OAuth2 client libraries read it as usual.
 */
class TokenEndpointResponses implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    private final Problems problems;
    private final AuditLog audit;
    private final AuthenticationSuccessHandler tokenResponse =
            new OAuth2AccessTokenResponseAuthenticationSuccessHandler();

    TokenEndpointResponses(Problems problems, AuditLog audit) {
        this.problems = problems;
        this.audit = audit;
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, jakarta.servlet.ServletException {
        if (authentication instanceof OAuth2AccessTokenAuthenticationToken issued) {
            RegisteredClient client = issued.getRegisteredClient();
            OAuth2AccessToken token = issued.getAccessToken();
            audit.record(new AuditRecord(
                    "apiclient.token.issued",
                    ApiChallenges.OBJECT_TYPE,
                    client.getClientId(),
                    null,
                    "scopes=" + token.getScopes() + ", expiresAt=" + token.getExpiresAt(),
                    Outcome.SUCCESS,
                    new ActorRef(
                            "client:" + client.getClientId(),
                            client.getClientName(),
                            client.getClientSettings().getSetting(RegisteredApiClients.AGENCY_CODE))));
        }
        tokenResponse.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String error = exception instanceof OAuth2AuthenticationException oauth
                ? oauth.getError().getErrorCode()
                : OAuth2ErrorCodes.INVALID_CLIENT;
        String clientId = claimedClientId(request);
        audit.record(new AuditRecord(
                "apiclient.token.refused",
                ApiChallenges.OBJECT_TYPE,
                clientId,
                null,
                error,
                Outcome.FAILURE,
                clientId == null
                        ? new ActorRef("api:token", "Token request", null)
                        : new ActorRef("client:" + clientId, clientId, null)));
        ErrorCode code = switch (error) {
            case OAuth2ErrorCodes.INVALID_CLIENT -> ApiClientError.CLIENT_AUTHENTICATION_FAILED;
            case OAuth2ErrorCodes.INVALID_SCOPE -> ApiClientError.SCOPE_NOT_GRANTED;
            case OAuth2ErrorCodes.UNSUPPORTED_GRANT_TYPE, OAuth2ErrorCodes.UNAUTHORIZED_CLIENT ->
                ApiClientError.GRANT_TYPE_UNSUPPORTED;
            case OAuth2ErrorCodes.SERVER_ERROR -> CommonError.INTERNAL;
            default -> ApiClientError.TOKEN_REQUEST_INVALID;
        };
        if (code == ApiClientError.CLIENT_AUTHENTICATION_FAILED) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic " + ApiChallenges.REALM);
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        problems.write(request, response, code, Map.of("error", error));
    }

    /** The client id the request named, from HTTP Basic or the form; never the secret. */
    static String claimedClientId(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(
                        Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return URLDecoder.decode(colon < 0 ? decoded : decoded.substring(0, colon), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        String clientId = request.getParameter("client_id");
        return clientId == null || clientId.isBlank() ? null : clientId;
    }
}
