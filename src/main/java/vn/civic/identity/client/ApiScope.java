package vn.civic.identity.client;

import java.util.Arrays;
import java.util.Optional;
import vn.civic.platform.security.Privilege;

/**
 * What a machine client may be granted, and the one place where a scope maps to a privilege. A client's authorities
 * are the privileges of its scopes, so endpoints check privileges alike for staff and for systems.
 */
public enum ApiScope {
    /** Read the organisation directory: agencies, departments, administrative units. */
    ORG_READ("org.read", Privilege.ORG_READ),
    /** Scrape the Prometheus metrics at {@code /actuator/prometheus}. */
    METRICS_READ("metrics.read", Privilege.METRICS_READ),
    /** File dossiers for applicants and follow them (GovStack Registration API, applicant side). */
    DOSSIER_FILE("dossier.file", Privilege.DOSSIER_FILE_ON_BEHALF),
    /** The one-stop counter's work at the client's agency: accept, refuse, return results (operator tasks). */
    DOSSIER_RECEIVE("dossier.receive", Privilege.DOSSIER_RECEIVE),
    /** Process dossiers at steps of the client's agency (operator tasks). */
    DOSSIER_PROCESS("dossier.process", Privilege.DOSSIER_PROCESS),
    /** Approve or reject at approval steps of the client's agency (operator tasks). */
    DOSSIER_APPROVE("dossier.approve", Privilege.DOSSIER_APPROVE),
    /** Search the non-confidential official documents of the client's agency (its archive, its own portal). */
    DOCUMENT_READ("document.read", Privilege.DOCUMENT_READ),
    /** Create citizen feedback reports through the Open311 GeoReport v2 API (an Open311 client's API key). */
    FEEDBACK_WRITE("feedback.write", Privilege.FEEDBACK_CREATE);

    private final String value;
    private final Privilege privilege;

    ApiScope(String value, Privilege privilege) {
        this.value = value;
        this.privilege = privilege;
    }

    /** The scope as OAuth2 requests and tokens carry it, e.g. {@code org.read}. */
    public String value() {
        return value;
    }

    public Privilege privilege() {
        return privilege;
    }

    public static Optional<ApiScope> of(String value) {
        return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst();
    }
}
