/**
 * Who may do what: accounts of citizens, businesses and staff (staff scoped to an agency), roles mapped to
 * privileges in one place, password and OIDC sign-in, sessions shared through the database, and machine clients.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Identity",
        allowedDependencies = {"platform", "org", "org :: demo"})
package vn.civic.identity;
