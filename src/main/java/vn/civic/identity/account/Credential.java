package vn.civic.identity.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * An account's password and its sign-in state: consecutive failures and the lock they set. Accounts without a
 * password (a staff member not yet invited to set one, later an e-ID-only citizen) have no row.
 */
@Entity
@Table(name = "account_credential")
public class Credential {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "last_failed_at")
    private Instant lastFailedAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_signed_in_at")
    private Instant lastSignedInAt;

    protected Credential() {}

    public Credential(long accountId, String passwordHash, Instant now) {
        this.accountId = accountId;
        this.passwordHash = passwordHash;
        this.passwordChangedAt = now;
    }

    public long accountId() {
        return accountId;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public int failedAttempts() {
        return failedAttempts;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public Instant lastSignedInAt() {
        return lastSignedInAt;
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * Counts a failed sign-in; the {@code maxFailures}-th in a row locks the account for {@code lockFor} and starts
     * the count again.
     *
     * @return true when this failure locked the account
     */
    public boolean failed(Instant now, int maxFailures, Duration lockFor) {
        lastFailedAt = now;
        failedAttempts++;
        if (failedAttempts >= maxFailures) {
            failedAttempts = 0;
            lockedUntil = now.plus(lockFor);
            return true;
        }
        return false;
    }

    /** A successful sign-in ends the count of failures. */
    public void signedIn(Instant now) {
        failedAttempts = 0;
        lastSignedInAt = now;
    }

    /** A new password: it also ends a lock, as does an administrator unlocking the account. */
    public void changePassword(String newHash, Instant now) {
        passwordHash = newHash;
        passwordChangedAt = now;
        unlock();
    }

    /** Stores a stronger hash of the same password (after the hashing parameters were raised). */
    public void rehash(String newHash) {
        passwordHash = newHash;
    }

    public void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
    }
}
