package vn.civic.identity.staff;

import java.util.Set;
import vn.civic.identity.account.Role;

/**
 * What an administrator enters for a staff account.
 *
 * @param username only read when the account is created: it never changes
 * @param personalIdNumber optional: a staff sign-in provider may link to the account by it
 */
public record StaffCommand(
        String username,
        String fullName,
        String email,
        String phone,
        String personalIdNumber,
        Long agencyId,
        Long departmentId,
        Long positionId,
        Set<Role> roles) {}
