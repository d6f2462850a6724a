package vn.civic.notify.message;

/** What a notification tells; its message keys are {@code notify.<key>.subject}, {@code .body} and {@code .sms}. */
public enum NoticeKind {
    /** To the applicant: the dossier was filed (and, at the counter, accepted). */
    RECEIVED("received"),
    /** To the applicant: an online dossier was accepted at the counter. */
    ACCEPTED("accepted"),
    /** To the applicant: a supplement is requested (status 5). */
    SUPPLEMENT("supplement"),
    /** To the applicant: the financial obligation is requested (status 6). */
    PAYMENT("payment"),
    /** To the applicant: the result is ready (status 9). */
    RESULT("result"),
    /** To the applicant: an apology with the new appointment (form 04). */
    APOLOGY("apology"),
    /** To officials: a dossier at their step is due soon. */
    DUE_SOON("due_soon"),
    /** To officials: a dossier at their step is overdue. */
    OVERDUE("overdue"),
    /** To a handler: their part of an incoming document is due soon. */
    DOCUMENT_DUE_SOON("document_due_soon"),
    /** To a handler: their part of an incoming document is overdue. */
    DOCUMENT_OVERDUE("document_overdue"),
    /** To a handler (or the agency's handlers): a citizen's feedback report is due soon. */
    FEEDBACK_DUE_SOON("feedback_due_soon"),
    /** To a handler (or the agency's handlers): a citizen's feedback report is overdue. */
    FEEDBACK_OVERDUE("feedback_overdue");

    private final String key;

    NoticeKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
