package vn.civic.test;

import java.util.Arrays;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.civic.platform.security.Actor;
import vn.civic.platform.security.Privilege;

/**
 * Actors for MockMvc requests: {@code mvc.perform(get("/admin/...").with(TestActors.as(TestActors.staff(agencyId,
 * "000.00.00.H26"), Privilege.AGENCY_MANAGE)))}. Sign-in itself is tested through the real login flow.
 */
public final class TestActors {

    private TestActors() {}

    public record TestActor(String actorId, String displayName, Long agencyId, String agencyCode) implements Actor {}

    public static TestActor staff(long agencyId, String agencyCode) {
        return new TestActor("test:staff-" + agencyId, "Cán bộ thử nghiệm", agencyId, agencyCode);
    }

    public static TestActor citizen(String personalId) {
        return new TestActor("test:citizen-" + personalId, "Công dân thử nghiệm", null, null);
    }

    public static Authentication authentication(Actor actor, Privilege... privileges) {
        return UsernamePasswordAuthenticationToken.authenticated(
                actor,
                null,
                Arrays.stream(privileges)
                        .map(p -> new SimpleGrantedAuthority(p.authority()))
                        .toList());
    }

    public static RequestPostProcessor as(Actor actor, Privilege... privileges) {
        return SecurityMockMvcRequestPostProcessors.authentication(authentication(actor, privileges));
    }
}
