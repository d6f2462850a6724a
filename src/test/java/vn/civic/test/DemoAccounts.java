package vn.civic.test;

import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.civic.identity.AccountDirectory;
import vn.civic.identity.AccountView;
import vn.civic.platform.security.Actor;
import vn.civic.platform.security.Privilege;
import vn.civic.test.TestActors.TestActor;

/**
 * The demo city's accounts acting in tests with their own privileges, as they would once signed in: for MockMvc
 * ({@link #signedIn}) and for calls to a module's front door ({@link #as}, {@link #run}).
 */
public final class DemoAccounts {

    private DemoAccounts() {}

    public static AccountView account(AccountDirectory accounts, String username) {
        return accounts.findByUsername(username).orElseThrow();
    }

    /** The account as an actor (its agency's code not filled in). */
    public static TestActor actor(AccountDirectory accounts, String username) {
        AccountView account = account(accounts, username);
        return new TestActor(account.actorId(), account.fullName(), account.agencyId(), null);
    }

    public static Privilege[] privileges(AccountDirectory accounts, String username) {
        return account(accounts, username).privileges().toArray(Privilege[]::new);
    }

    /** For MockMvc: the account signed in with its own privileges. */
    public static RequestPostProcessor signedIn(AccountDirectory accounts, String username) {
        return TestActors.as(actor(accounts, username), privileges(accounts, username));
    }

    /** Runs {@code action} as the account, with its privileges. */
    public static <T> T as(AccountDirectory accounts, String username, Supplier<T> action) {
        return as(actor(accounts, username), action, privileges(accounts, username));
    }

    /** Runs {@code action} as the account, with its privileges. */
    public static void run(AccountDirectory accounts, String username, Runnable action) {
        as(accounts, username, () -> {
            action.run();
            return null;
        });
    }

    /** Runs {@code action} as the actor with those privileges, then puts the caller's context back. */
    public static <T> T as(Actor actor, Supplier<T> action, Privilege... privileges) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(TestActors.authentication(actor, privileges));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
