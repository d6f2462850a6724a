package vn.civic.identity.security;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends the sessions of an account on every node, after a change that makes them wrong: a new password, a disabled
 * account, other roles or another agency (the session holds the privileges of the sign-in).
 */
@Component
public class AccountSessions {

    private final FindByIndexNameSessionRepository<?> sessions;

    AccountSessions(FindByIndexNameSessionRepository<?> sessions) {
        this.sessions = sessions;
    }

    /**
     * Once the current transaction commits (at once without one), deletes the account's sessions.
     *
     * @param keepSessionId a session to keep (the one changing its own password), or null
     */
    public void endAfterCommit(String username, String keepSessionId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    end(username, keepSessionId);
                }
            });
        } else {
            end(username, keepSessionId);
        }
    }

    private void end(String username, String keepSessionId) {
        sessions.findByPrincipalName(username).keySet().stream()
                .filter(id -> !id.equals(keepSessionId))
                .forEach(sessions::deleteById);
    }
}
