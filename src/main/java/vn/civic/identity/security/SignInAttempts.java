package vn.civic.identity.security;

import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.civic.identity.AccountView;
import vn.civic.identity.IdentityProperties;
import vn.civic.identity.account.AccountRegistry;
import vn.civic.identity.account.Accounts;
import vn.civic.identity.account.Credentials;
import vn.civic.platform.audit.AuditLog;
import vn.civic.platform.audit.AuditRecord;
import vn.civic.platform.audit.AuditRecord.ActorRef;

/** The stored side of password sign-in: who may try, and the count of consecutive failures that locks an account. */
@Service
class SignInAttempts {

    private final Accounts accounts;
    private final Credentials credentials;
    private final AuditLog audit;
    private final IdentityProperties.Lockout lockout;

    SignInAttempts(Accounts accounts, Credentials credentials, AuditLog audit, IdentityProperties properties) {
        this.accounts = accounts;
        this.credentials = credentials;
        this.audit = audit;
        this.lockout = properties.lockout();
    }

    /** An account that has a password, with what sign-in needs of it. */
    record Candidate(AccountView account, String passwordHash, Instant lockedUntil) {

        boolean lockedAt(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }
    }

    @Transactional(readOnly = true)
    public Optional<Candidate> candidate(String username) {
        return accounts.findByUsername(AccountRegistry.normaliseUsername(username))
                .flatMap(account -> credentials
                        .findById(account.id())
                        .map(c -> new Candidate(account.view(), c.passwordHash(), c.lockedUntil())));
    }

    /** Counts a wrong password; the last one allowed locks the account and is audited as {@code account.locked}. */
    @Transactional
    public void failed(long accountId, String username, Instant now) {
        credentials.lockById(accountId).ifPresent(credential -> {
            if (credential.failed(now, lockout.maxFailures(), lockout.duration())) {
                audit.record(new AuditRecord(
                        "account.locked",
                        "Account",
                        Long.toString(accountId),
                        null,
                        lockout.maxFailures() + " failed sign-ins in a row; locked until " + credential.lockedUntil(),
                        AuditRecord.Outcome.SUCCESS,
                        new ActorRef("login:" + username, username, null)));
            }
        });
    }

    /**
     * A correct password ends the count of failures.
     *
     * @param rehash a stronger hash of the same password to store, or null
     */
    @Transactional
    public void succeeded(long accountId, Instant now, String rehash) {
        credentials.lockById(accountId).ifPresent(credential -> {
            credential.signedIn(now);
            if (rehash != null) {
                credential.rehash(rehash);
            }
        });
    }
}
