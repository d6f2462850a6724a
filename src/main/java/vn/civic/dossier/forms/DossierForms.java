package vn.civic.dossier.forms;

import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.civic.platform.i18n.I18nConfig;
import vn.civic.platform.pdf.PdfRenderer;

/**
 * The one-stop forms of Circular 03/2025/TT-VPCP, Appendix I, as PDF files (always in Vietnamese, the language of
 * official documents) and as HTML documents. A page can also include a form as a fragment:
 * {@code ~{dossierforms/receipt :: receipt(${slip})}}, {@code ~{dossierforms/process-control ::
 * process-control(${slip})}}, with the stylesheet {@code /assets/css/official-forms.css}.
 */
@Component
public class DossierForms {

    static final String RECEIPT = "dossierforms/receipt";
    static final String PROCESS_CONTROL = "dossierforms/process-control";

    private final PdfRenderer renderer;

    DossierForms(PdfRenderer renderer) {
        this.renderer = renderer;
    }

    /** Form 01, the receipt and appointment slip, as PDF. */
    public byte[] receiptPdf(ReceiptSlip slip) {
        return renderer.pdf(RECEIPT, Map.of("slip", slip), I18nConfig.VIETNAMESE);
    }

    /** Form 01 as an HTML document in the given language. */
    public String receiptHtml(ReceiptSlip slip, Locale locale) {
        return renderer.html(RECEIPT, Map.of("slip", slip), locale);
    }

    /** Form 06, the process-control slip, as PDF. */
    public byte[] processControlPdf(ProcessControlSlip slip) {
        return renderer.pdf(PROCESS_CONTROL, Map.of("slip", slip), I18nConfig.VIETNAMESE);
    }

    /** Form 06 as an HTML document in the given language. */
    public String processControlHtml(ProcessControlSlip slip, Locale locale) {
        return renderer.html(PROCESS_CONTROL, Map.of("slip", slip), locale);
    }
}
