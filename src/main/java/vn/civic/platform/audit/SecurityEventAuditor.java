package vn.civic.platform.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;
import vn.civic.platform.audit.AuditRecord.ActorRef;
import vn.civic.platform.audit.AuditRecord.Outcome;
import vn.civic.platform.security.Actor;
import vn.civic.platform.security.SignInMethod;

/**
 * Audits security events: sign-in, failed sign-in, sign-out and privilege denied. Denials of anonymous visitors are
 * not recorded: they are sent to sign in, and recording every crawler would drown the log.
 */
@Component
class SecurityEventAuditor {

    private final AuditLog audit;

    SecurityEventAuditor(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        audit.record(new AuditRecord(
                "login.succeeded",
                "Account",
                null,
                null,
                authentication instanceof SignInMethod method ? "via " + method.signInMethod() : null,
                Outcome.SUCCESS,
                actorOf(authentication)));
    }

    @EventListener
    void signInFailed(AbstractAuthenticationFailureEvent event) {
        String login = String.valueOf(event.getAuthentication().getName());
        audit.record(new AuditRecord(
                "login.failed",
                "Account",
                null,
                null,
                event.getException().getClass().getSimpleName(),
                Outcome.FAILURE,
                new ActorRef("login:" + login, login, null)));
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        audit.record(new AuditRecord(
                "logout", "Account", null, null, null, Outcome.SUCCESS, actorOf(event.getAuthentication())));
    }

    @EventListener
    void denied(AuthorizationDeniedEvent<?> event) {
        Authentication authentication = event.getAuthentication().get();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return;
        }
        audit.record(new AuditRecord(
                "access.denied",
                "Endpoint",
                describe(event.getObject()),
                null,
                null,
                Outcome.DENIED,
                actorOf(authentication)));
    }

    private static String describe(Object target) {
        if (target instanceof MethodInvocation invocation) {
            return invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                    + invocation.getMethod().getName();
        }
        if (target instanceof RequestAuthorizationContext context) {
            target = context.getRequest();
        }
        if (target instanceof HttpServletRequest request) {
            return request.getMethod() + " " + request.getRequestURI();
        }
        return target == null ? null : target.getClass().getSimpleName();
    }

    static ActorRef actorOf(Authentication authentication) {
        if (authentication.getPrincipal() instanceof Actor actor) {
            return new ActorRef(actor.actorId(), actor.displayName(), actor.agencyCode());
        }
        return new ActorRef("login:" + authentication.getName(), authentication.getName(), null);
    }
}
