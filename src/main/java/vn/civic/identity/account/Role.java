package vn.civic.identity.account;

/**
 * What a staff member does in their agency. Roles never appear in checks: {@link RolePrivileges} turns them into
 * privileges, and code checks those.
 */
public enum Role {
    /** Văn thư: receives dossiers and documents at the counter, registers and numbers them. */
    CLERK,
    /** Chuyên viên: handles the work. */
    OFFICER,
    /** Lãnh đạo: assigns, approves and signs. */
    LEADER,
    /** Quản trị: administers the staff, agencies, departments and audit log of the agency and the agencies below. */
    ADMINISTRATOR,
    /** Quản trị hệ thống: city-wide settings: administrative units, the working-day calendar, machine clients. */
    SYSTEM_ADMINISTRATOR
}
