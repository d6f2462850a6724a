/**
 * Notifications: one outbox of email, SMS and chat-app messages from templates in Vietnamese and English, sent with
 * retries and back-off, never lost and never twice; reacts to the events of the modules whose people it tells.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Notifications",
        allowedDependencies = {"platform", "dossier", "document", "feedback", "identity", "org", "procedure"})
package vn.civic.notify;
