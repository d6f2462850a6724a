package vn.civic.identity.staff;

import java.util.Set;
import vn.civic.identity.account.Role;

/**
 * What an administrator enters for a staff account.
 *
 * @param username only read when the account is created: it never changes
 */
public record StaffCommand(
        String username,
        String fullName,
        String email,
        String phone,
        Long agencyId,
        Long departmentId,
        Long positionId,
        Set<Role> roles) {}
