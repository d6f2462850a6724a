package vn.civic.identity.client.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import vn.civic.identity.client.ApiClientAuthentication;
import vn.civic.identity.client.ApiClientError;
import vn.civic.platform.audit.AuditLog;
import vn.civic.platform.audit.AuditRecord;
import vn.civic.platform.audit.AuditRecord.ActorRef;
import vn.civic.platform.audit.AuditRecord.Outcome;
import vn.civic.platform.error.CommonError;
import vn.civic.platform.error.Problems;

/**
 * How the API answers a caller it cannot let in: 401 or 403 as problem details, with the {@code WWW-Authenticate}
 * challenge of RFC 6750 for bearer tokens and its like for API keys. Credentials that fail are audited (what failed
 * and why, never the token or key); requests without credentials are not, like anonymous page visits.
 */
class ApiChallenges implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String REALM = "realm=\"civic\"";
    static final String OBJECT_TYPE = "ApiClient";

    private final Problems problems;
    private final AuditLog audit;

    ApiChallenges(Problems problems, AuditLog audit) {
        this.problems = problems;
        this.audit = audit;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof ApiKeyRejectedException rejected) {
            auditRejected(audit, rejected);
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "ApiKey " + REALM + ", error=\"invalid_key\"");
            problems.write(request, response, ApiClientError.API_KEY_INVALID);
        } else if (e instanceof OAuth2AuthenticationException invalid) {
            String reason = invalid.getError().getDescription();
            audit.record(new AuditRecord(
                    "apiclient.authentication.failed",
                    OBJECT_TYPE,
                    null,
                    null,
                    "bearer token: " + (reason == null ? invalid.getError().getErrorCode() : reason),
                    Outcome.FAILURE,
                    new ActorRef("api:bearer", "Bearer token", null)));
            response.setHeader(
                    HttpHeaders.WWW_AUTHENTICATE,
                    "Bearer " + REALM + ", error=\"invalid_token\", error_description=\"The access token is not"
                            + " valid\"");
            problems.write(request, response, ApiClientError.ACCESS_TOKEN_INVALID);
        } else {
            response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer " + REALM);
            response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "ApiKey " + REALM);
            problems.write(request, response, CommonError.UNAUTHENTICATED);
        }
    }

    /** Audits a refused API key: what failed and why, by the key's prefix, never the key. */
    static void auditRejected(AuditLog audit, ApiKeyRejectedException rejected) {
        String clientId = rejected.clientId();
        audit.record(new AuditRecord(
                "apiclient.authentication.failed",
                OBJECT_TYPE,
                clientId,
                null,
                "API key " + (rejected.prefix() == null ? "" : rejected.prefix() + " ") + rejected.reason(),
                Outcome.FAILURE,
                clientId == null
                        ? new ActorRef("api:key", "API key", null)
                        : new ActorRef("client:" + clientId, clientId, null)));
    }

    /** Privilege denied (the denial itself is audited from the authorisation event). */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof ApiClientAuthentication client
                && client.method() != ApiClientAuthentication.Method.API_KEY) {
            response.setHeader(
                    HttpHeaders.WWW_AUTHENTICATE,
                    "Bearer " + REALM + ", error=\"insufficient_scope\", error_description=\"The access token's"
                            + " scopes do not allow this request\"");
        }
        problems.write(request, response, CommonError.ACCESS_DENIED);
    }
}
