package vn.civic.dossier.forms;

import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.civic.platform.i18n.I18nConfig;
import vn.civic.platform.pdf.PdfRenderer;

/**
 * The one-stop forms of Circular 03/2025/TT-VPCP, Appendix I, as PDF files (always in Vietnamese, the language of
 * official documents) and as HTML documents, each from its template ({@link OfficialForm#template()}) with the form
 * as {@code form}. A page can also include a form as a fragment: {@code ~{dossierforms/receipt :: receipt(${slip})}},
 * {@code ~{dossierforms/notice :: notice(${notice})}}, with the stylesheet {@code /assets/css/official-forms.css}.
 */
@Component
public class DossierForms {

    private final PdfRenderer renderer;

    DossierForms(PdfRenderer renderer) {
        this.renderer = renderer;
    }

    /** The form as PDF. */
    public byte[] pdf(OfficialForm form) {
        return renderer.pdf(form.template(), Map.of("form", form), I18nConfig.VIETNAMESE);
    }

    /** The form as an HTML document in the given language. */
    public String html(OfficialForm form, Locale locale) {
        return renderer.html(form.template(), Map.of("form", form), locale);
    }
}
