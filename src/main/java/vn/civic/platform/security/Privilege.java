package vn.civic.platform.security;

/**
 * What an actor may do. Code checks privileges, never roles ({@code @PreAuthorize("hasAuthority('STAFF_MANAGE')")});
 * the identity module maps roles to privileges in one place. Each module adds the privileges it checks.
 */
public enum Privilege {
    /** Open the staff workspace ("my work"). */
    WORKSPACE_ACCESS,
    /** Open the administration pages. */
    ADMIN_ACCESS,
    /** Manage the administrative-unit tree and the positions (both city-wide data). */
    UNIT_MANAGE,
    /** Create and edit agencies within the actor's scope. */
    AGENCY_MANAGE,
    /** Manage the departments of the agencies in the actor's agency scope. */
    DEPARTMENT_MANAGE,
    /** Manage staff accounts of the actor's agency scope. */
    STAFF_MANAGE,
    /** Edit the working-day calendar (city-wide). */
    CALENDAR_MANAGE,
    /** Read the audit log and verify its chain. */
    AUDIT_VIEW,
    /** Register machine clients (API keys, OAuth2 clients) and their scopes. */
    API_CLIENT_MANAGE,
    /** Read the organisation directory through the API (agencies, departments, units). */
    ORG_READ,
    /** Scrape the operations metrics ({@code /actuator/prometheus}): a monitoring system's machine client. */
    METRICS_READ,
    /** Use citizen and business self-services (profile, own dossiers). */
    SELF_SERVICE;

    /** The authority string Spring Security compares, identical to the name. */
    public String authority() {
        return name();
    }
}
