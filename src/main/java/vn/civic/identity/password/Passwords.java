package vn.civic.identity.password;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.civic.identity.IdentityError;
import vn.civic.identity.account.Account;
import vn.civic.identity.account.Accounts;
import vn.civic.identity.account.Credential;
import vn.civic.identity.account.Credentials;
import vn.civic.identity.security.AccountSessions;
import vn.civic.platform.audit.AuditLog;
import vn.civic.platform.audit.AuditRecord;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.platform.error.NotFoundException;

/** Sets and changes passwords: checks the rules, stores only the hash, ends a lock and the other sessions. */
@Service
public class Passwords {

    private final Accounts accounts;
    private final Credentials credentials;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final AccountSessions sessions;
    private final AuditLog audit;
    private final Clock clock;

    Passwords(
            Accounts accounts,
            Credentials credentials,
            PasswordEncoder encoder,
            PasswordPolicy policy,
            AccountSessions sessions,
            AuditLog audit,
            Clock clock) {
        this.accounts = accounts;
        this.credentials = credentials;
        this.encoder = encoder;
        this.policy = policy;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The signed-in person changes their password. The current password proves it is them (not someone at an
     * unlocked computer); their other sessions end, this one stays.
     *
     * @param keepSessionId the session of the request, which stays signed in
     */
    @Transactional
    public void change(long accountId, String current, String next, String confirmation, String keepSessionId) {
        Account account = account(accountId);
        Credential credential = credentials.lockById(accountId).orElse(null);
        List<FieldViolation> violations = new ArrayList<>();
        if (credential == null || current == null || !encoder.matches(current, credential.passwordHash())) {
            violations.add(IdentityError.PASSWORD_CURRENT_WRONG.on("currentPassword"));
        }
        violations.addAll(rules(account, next, confirmation));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        credential.changePassword(encoder.encode(next), clock.instant());
        audit.record(AuditRecord.change("account.password_changed", "Account", accountId, null, null));
        sessions.endAfterCommit(account.username(), keepSessionId);
    }

    /**
     * Sets a new password for an account whose holder proved control of its email (the reset or invitation link):
     * ends a lock and every session.
     */
    @Transactional
    public void reset(Account account, String next, String confirmation) {
        List<FieldViolation> violations = rules(account, next, confirmation);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        store(account.id(), encoder.encode(next), clock.instant());
        sessions.endAfterCommit(account.username(), null);
    }

    /** The first password of a demo or imported account; the rules apply as to anyone's. */
    @Transactional
    public void setInitial(Account account, String password) {
        setInitial(List.of(account), password);
    }

    /**
     * One password for several new accounts (the demo city), checked against each account's rules and hashed once:
     * the accounts share the hash, salt included, which says only what is already so, that the password is the same.
     */
    @Transactional
    public void setInitial(List<Account> accounts, String password) {
        for (Account account : accounts) {
            List<FieldViolation> violations = policy.check("password", password, account.identifyingWords());
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
        }
        String hash = encoder.encode(password);
        Instant now = clock.instant();
        accounts.forEach(account -> store(account.id(), hash, now));
    }

    /** The rules and the confirmation, every violation at once. */
    public List<FieldViolation> rules(Account account, String next, String confirmation) {
        List<FieldViolation> violations =
                new ArrayList<>(policy.check("newPassword", next, account.identifyingWords()));
        if (next != null && !next.equals(confirmation)) {
            violations.add(IdentityError.PASSWORD_CONFIRMATION_MISMATCH.on("confirmPassword"));
        }
        return violations;
    }

    private void store(long accountId, String hash, Instant now) {
        credentials
                .lockById(accountId)
                .ifPresentOrElse(
                        credential -> credential.changePassword(hash, now),
                        () -> credentials.save(new Credential(accountId, hash, now)));
    }

    private Account account(long accountId) {
        return accounts.findById(accountId).orElseThrow(() -> NotFoundException.of("Account", accountId));
    }
}
