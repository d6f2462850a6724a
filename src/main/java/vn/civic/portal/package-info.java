/**
 * The citizen portal: the home page with its doors to the public services (find a service, track a dossier, send
 * feedback) that later modules open.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Citizen portal", allowedDependencies = "platform")
package vn.civic.portal;
