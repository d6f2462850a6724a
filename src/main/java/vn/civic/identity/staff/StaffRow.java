package vn.civic.identity.staff;

import java.util.Set;
import vn.civic.identity.account.Role;

/** A staff member in the administrators' list. */
public record StaffRow(
        long id,
        String username,
        String fullName,
        String email,
        String agencyName,
        String departmentName,
        String positionName,
        Set<Role> roles,
        boolean active,
        boolean locked) {}
