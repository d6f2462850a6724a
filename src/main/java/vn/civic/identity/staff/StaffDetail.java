package vn.civic.identity.staff;

import java.time.Instant;
import java.util.Set;
import vn.civic.identity.AccountView;
import vn.civic.identity.account.Role;

/**
 * A staff account as its administrator sees it.
 *
 * @param lockedUntil when a lock from failed sign-ins ends, or null when the account is not locked
 * @param hasPassword false until the holder set a password through the invitation link
 * @param manageable whether this administrator may change it: not when it holds privileges the administrator lacks
 */
public record StaffDetail(
        AccountView account,
        Set<Role> roles,
        long version,
        Instant lockedUntil,
        Instant lastSignedInAt,
        boolean hasPassword,
        boolean manageable,
        String agencyName) {

    public boolean locked() {
        return lockedUntil != null;
    }
}
