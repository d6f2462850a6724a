package vn.civic.dossier.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.civic.test.CivicTest;

/** The forms render with the application's own template engine and message bundles. */
@CivicTest
class DossierFormsInApplicationTest {

    @Autowired
    DossierForms forms;

    @Test
    void applicationRendersTheReceiptWithItsBundles() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(forms.pdf(DossierFormsTest.receipt(2)))) {
            assertThat(pdf.getDocumentInformation().getTitle()).startsWith("Giấy tiếp nhận hồ sơ và hẹn trả kết quả");
            assertThat(DossierFormsTest.text(pdf))
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                    .contains(DossierFormsTest.APPLICANT)
                    .contains("10 giờ 30 phút, ngày 04/12/2026");
        }
    }
}
