package vn.civic.test.browser;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Arrays;
import java.util.Base64;
import org.openqa.selenium.Cookie;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import vn.civic.platform.security.Actor;
import vn.civic.platform.security.Privilege;

/**
 * Puts the browser in a signed-in session of a chosen actor with chosen privileges, for pages whose users have no
 * account to sign in with yet (staff accounts come with the identity module). The session is stored where the
 * application keeps its sessions (Spring Session JDBC) and its cookie handed to the browser, so every request after
 * it goes through the real security filters. Prefer {@link CivicBrowser#signIn} where an account exists.
 */
public final class SessionSignIn {

    /** The session cookie of Spring Session, whose value is the Base64 of the session id. */
    static final String COOKIE = "SESSION";

    /** An actor that can be stored in a session, named (in the session index too) by its actor id. */
    public record StoredActor(String actorId, String displayName, Long agencyId, String agencyCode)
            implements Actor, Principal, Serializable {

        @Override
        public String getName() {
            return actorId;
        }
    }

    private SessionSignIn() {}

    public static <S extends Session> void signIn(
            CivicBrowser browser, SessionRepository<S> sessions, Actor actor, Privilege... privileges) {
        StoredActor stored =
                new StoredActor(actor.actorId(), actor.displayName(), actor.agencyId(), actor.agencyCode());
        SecurityContext context = new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                stored,
                null,
                Arrays.stream(privileges)
                        .map(p -> new SimpleGrantedAuthority(p.authority()))
                        .toList()));
        S session = sessions.createSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        sessions.save(session);
        browser.open("/assets/img/logo.svg"); // a cookie is set for the page's site, so be on it first
        browser.driver()
                .manage()
                .addCookie(new Cookie(
                        COOKIE,
                        Base64.getEncoder().encodeToString(session.getId().getBytes(StandardCharsets.UTF_8)),
                        "/"));
    }
}
