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
    SELF_SERVICE,
    /** Create, edit, version, suspend, import and export the procedure catalogue and its steps (city-wide). */
    PROCEDURE_MANAGE,
    /**
     * One-stop counter work in the actor's agency: receive dossiers at the counter or by post, accept or refuse them,
     * request a supplement at reception, return results.
     */
    DOSSIER_RECEIVE,
    /** Process a dossier at a step of the actor's agency: request a supplement, forward, send back, finish the step. */
    DOSSIER_PROCESS,
    /** Assign a dossier at a step of the actor's agency to an officer. */
    DOSSIER_ASSIGN,
    /** Approve or reject at an approval step, approve an apology with a new appointment date, stop processing. */
    DOSSIER_APPROVE,
    /** Read the notifications' outbox and the sandbox SMS/chat messages, and retry failed notifications (city-wide). */
    NOTIFICATION_MANAGE,
    /** Read the national-portal synchronisation log and retry failed synchronisations (city-wide). */
    PORTAL_SYNC_MANAGE,
    /**
     * Read the dossier statistics (received, finished on time, Decision 766 indicators) of the actor's agency scope and
     * export them.
     */
    STATISTICS_VIEW,
    /**
     * File dossiers online for applicants through the API and follow the dossiers filed so (a machine client: another
     * system's portal using the GovStack Registration API).
     */
    DOSSIER_FILE_ON_BEHALF,
    /** Import procedures and dossiers in bulk from another system (city-wide). */
    DATA_IMPORT,
    /**
     * Văn thư: register incoming documents of the actor's agency (from an upload, a scan or the exchange) or return
     * them, issue outgoing documents (number, seal, send), and keep the registers. Reads the agency's non-confidential
     * documents.
     */
    DOCUMENT_REGISTER,
    /** Assign the agency's incoming documents with an instruction and a deadline; reads its non-confidential documents. */
    DOCUMENT_ASSIGN,
    /** Handle documents one is assigned to (opinions, sub-assignment in one's department, finishing) and draft. */
    DOCUMENT_HANDLE,
    /** Review, approve and sign outgoing drafts at the workflow steps one is named for. */
    DOCUMENT_APPROVE,
    /** Configure the review and approval steps of outgoing documents per document type (the actor's agency scope). */
    DOCUMENT_WORKFLOW_MANAGE,
    /**
     * Read the non-confidential documents of the actor's agency through the API (search): another system of the
     * agency, such as its archive, as a machine client with the scope {@code document.read}.
     */
    DOCUMENT_READ,
    /** Read the edXML exchange log and manage peers and revocation of signing certificates (city-wide). */
    EXCHANGE_MANAGE,
    /**
     * File citizen feedback reports as a signed-in citizen or business, follow, rate and reopen one's own reports
     * (anonymous reports need no privilege where the category allows them).
     */
    FEEDBACK_SUBMIT,
    /**
     * Work the feedback queue of the actor's agency: acknowledge, name the handler, answer with evidence, return a
     * report that is not the agency's to the routing desk.
     */
    FEEDBACK_HANDLE,
    /**
     * The routing desk of citizen feedback, effective for staff of the desk agency ({@code
     * civic.feedback.routing-desk-agency-code}): route and re-route reports, merge duplicates, hide reports and photos,
     * edit the routing rules.
     */
    FEEDBACK_ROUTE,
    /** Read the feedback dashboard of the actor's agency scope (on-time and satisfaction figures) and export it. */
    FEEDBACK_DASHBOARD,
    /** Create feedback reports through the Open311 API (a machine client with the scope {@code feedback.write}). */
    FEEDBACK_CREATE;

    /** The authority string Spring Security compares, identical to the name. */
    public String authority() {
        return name();
    }
}
