package vn.civic.identity.oidc;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.civic.identity.IdentityError;
import vn.civic.platform.audit.AuditLog;
import vn.civic.platform.audit.AuditRecord;
import vn.civic.platform.audit.AuditRecord.ActorRef;

/**
 * A provider sign-in that did not end in a session: audited as {@code login.failed} with the provider, the subject
 * when the provider confirmed one, and the reason; the person returns to {@code /login?oidc-error=<code>}, where the
 * page says why in their language. Unlike a wrong password, the reason is told: the provider has already identified
 * the person, so there is nothing to guess.
 */
final class OidcSignInFailures implements AuthenticationFailureHandler {

    static final String ERROR_PARAMETER = "oidc-error";

    private static final int ACTOR_ID_MAX = 100;
    private static final int DETAIL_MAX = 300;

    private final AuditLog audit;
    private final RedirectStrategy redirect = new DefaultRedirectStrategy();
    private final RequestMatcher callback =
            PathPatternRequestMatcher.withDefaults().matcher(OidcSignIn.CALLBACK);

    OidcSignInFailures(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        IdentityError error;
        String providerId;
        String subject = null;
        String detail;
        if (exception instanceof OidcSignInRefused refused) {
            error = refused.error();
            providerId = refused.providerId();
            subject = refused.subject();
            detail = refused.getMessage();
        } else {
            providerId = callback.matcher(request).getVariables().get("registrationId");
            String code = exception instanceof OAuth2AuthenticationException oauth
                    ? oauth.getError().getErrorCode()
                    : exception.getClass().getSimpleName();
            error = OAuth2ErrorCodes.ACCESS_DENIED.equals(code)
                    ? IdentityError.OIDC_CANCELLED
                    : IdentityError.OIDC_FAILED;
            detail = code;
        }
        String actorId = "oidc:" + providerId + (subject == null ? "" : ":" + subject);
        audit.record(new AuditRecord(
                "login.failed",
                OidcAccounts.OBJECT_TYPE,
                null,
                null,
                cut("oidc " + providerId + ": " + error.code() + " (" + detail + ")", DETAIL_MAX),
                AuditRecord.Outcome.FAILURE,
                new ActorRef(cut(actorId, ACTOR_ID_MAX), null, null)));
        redirect.sendRedirect(request, response, "/login?" + ERROR_PARAMETER + "=" + error.code());
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
