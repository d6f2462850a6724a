/**
 * Citizen feedback (phản ánh, kiến nghị; issue 6, decision 0031): reports with a category, a location and photos,
 * routed by rules kept as data to the responsible agency (the ward containing the point, or a city department), handled
 * against working-day deadlines, answered with evidence on a public page, rated and reopened by the reporter; read
 * through the root package by the citizen and staff pages, the Open311 GeoReport v2 API and the chat-app channel.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Citizen feedback",
        allowedDependencies = {"platform", "org", "identity", "dossier"})
package vn.civic.feedback;
