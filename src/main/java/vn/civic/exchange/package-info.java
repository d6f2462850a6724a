/**
 * Interfaces to other systems: the national public-service portal's synchronisation (each dossier and progress step
 * in the portal's shape, through an outbox with retries and a log), the GovStack Registration building-block API, and
 * the exchange of official documents between agencies in edXML (QCVN 102:2016), signed and checked (decision 0028).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Exchange and interfaces",
        allowedDependencies = {"platform", "dossier", "procedure", "identity", "org", "document", "signature"})
package vn.civic.exchange;
