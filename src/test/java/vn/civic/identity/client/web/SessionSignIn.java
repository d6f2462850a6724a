package vn.civic.identity.client.web;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Arrays;
import java.util.Base64;
import org.openqa.selenium.Cookie;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import vn.civic.platform.security.Actor;
import vn.civic.platform.security.Privilege;
import vn.civic.test.browser.CivicBrowser;

/**
 * Puts a signed-in staff member with chosen privileges into the browser: a session with that security context is
 * stored in the shared session store and its cookie given to the browser. For page tests of privileges that no demo
 * account holds yet; signing in itself is tested through the real form.
 */
final class SessionSignIn {

    private SessionSignIn() {}

    /** A staff actor that the session store can serialise. */
    record StaffActor(String actorId, String displayName, Long agencyId, String agencyCode)
            implements Actor, Principal, Serializable {

        /** What the session store indexes the session by. */
        @Override
        public String getName() {
            return actorId;
        }
    }

    static void signIn(
            CivicBrowser browser, SessionRepository<? extends Session> sessions, Actor actor, Privilege... privileges) {
        String id = store(sessions, actor, privileges);
        browser.open("/assets/img/logo.svg");
        browser.driver()
                .manage()
                .addCookie(new Cookie(
                        "SESSION", Base64.getEncoder().encodeToString(id.getBytes(StandardCharsets.UTF_8)), "/"));
    }

    private static <S extends Session> String store(
            SessionRepository<S> sessions, Actor actor, Privilege... privileges) {
        S session = sessions.createSession();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(
                actor,
                null,
                Arrays.stream(privileges)
                        .map(p -> new SimpleGrantedAuthority(p.authority()))
                        .toList());
        session.setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(authentication));
        sessions.save(session);
        return session.getId();
    }
}
