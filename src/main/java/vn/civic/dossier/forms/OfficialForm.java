package vn.civic.dossier.forms;

/**
 * A one-stop form of Circular 03/2025/TT-VPCP, Appendix I, as data: its template ({@code templates/<template>.html},
 * whose fragment of the same last name takes the form as {@code form}) and its file name.
 */
public sealed interface OfficialForm permits ReceiptSlip, DossierNotice, ProcessControlSlip, TrackingBook {

    /** The Thymeleaf template, e.g. {@code dossierforms/receipt}. */
    String template();

    /** The PDF's file name, without the extension, e.g. {@code giay-tiep-nhan-<code>}. */
    String fileName();
}
