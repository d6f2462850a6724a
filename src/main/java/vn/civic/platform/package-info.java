/**
 * Shared kernel: clock and zone, working-day calendar, errors and problem details, audit log, i18n, security
 * vocabulary (privileges, the acting user) and the page layout. Every module may use it; it uses no module.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Platform kernel",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.civic.platform;
