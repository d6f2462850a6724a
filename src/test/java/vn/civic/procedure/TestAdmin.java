package vn.civic.procedure;

import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.civic.platform.security.Privilege;
import vn.civic.test.TestActors;

/** Runs editor calls as a city's system administrator, as the administration pages would. */
final class TestAdmin {

    static final TestActors.TestActor ACTOR = TestActors.staff(1, "000.00.00.H26");

    private TestAdmin() {}

    static <T> T as(Supplier<T> action) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(TestActors.authentication(ACTOR, Privilege.PROCEDURE_MANAGE));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
