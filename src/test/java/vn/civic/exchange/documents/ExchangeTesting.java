package vn.civic.exchange.documents;

import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.civic.identity.AccountDirectory;
import vn.civic.identity.AccountView;
import vn.civic.platform.security.Privilege;
import vn.civic.test.TestActors;

/** What the exchange's tests share: acting as a demo account with its own privileges. */
final class ExchangeTesting {

    private ExchangeTesting() {}

    static <T> T as(AccountDirectory accounts, String username, Supplier<T> action) {
        AccountView account = accounts.findByUsername(username).orElseThrow();
        var actor = new TestActors.TestActor(account.actorId(), account.fullName(), account.agencyId(), null);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                TestActors.authentication(actor, account.privileges().toArray(Privilege[]::new)));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
