package vn.civic.identity;

import java.util.Set;
import vn.civic.platform.security.Privilege;

/**
 * An account as other modules see it. Roles stay inside the identity module; what an account may do is its
 * {@link #privileges()}.
 *
 * @param username what the person signs in with: a citizen's personal identification number, a business's tax code,
 *     a staff member's chosen name
 * @param personalIdNumber the 12 digits of a citizen; of a staff member when their administrator recorded it (a staff
 *     sign-in provider may link by it); null for a business
 * @param taxCode a business's tax code, otherwise null
 * @param agencyId the agency of a staff member (an {@code OrgDirectory} id), otherwise null
 * @param departmentId the staff member's department in that agency, or null
 * @param positionId the staff member's position, or null
 * @param active false once an administrator disabled the account
 */
public record AccountView(
        long id,
        AccountKind kind,
        String username,
        String fullName,
        String email,
        String phone,
        String personalIdNumber,
        String taxCode,
        Long agencyId,
        Long departmentId,
        Long positionId,
        boolean active,
        Set<Privilege> privileges) {

    /** The identifier audit entries and other modules use for the account: {@code account:42}. */
    public String actorId() {
        return "account:" + id;
    }
}
