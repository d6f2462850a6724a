package vn.civic.dossier.web.citizen;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;
import vn.civic.dossier.DossierFees;
import vn.civic.dossier.DossierQueries;
import vn.civic.dossier.DossierView;
import vn.civic.platform.error.ConflictException;

/**
 * The applicant pays their own dossier's fee online ("Thanh toán trực tuyến": off to the gateway and back to the
 * dossier's page) and downloads its e-receipt. Another applicant's dossier is not found.
 */
@Controller
@PreAuthorize("hasAuthority('SELF_SERVICE')")
class FeePaymentController {

    private final DossierQueries queries;
    private final DossierFees fees;

    FeePaymentController(DossierQueries queries, DossierFees fees) {
        this.queries = queries;
        this.fees = fees;
    }

    @PostMapping("/my/dossiers/{code}/pay")
    String pay(@PathVariable String code, RedirectAttributes redirect) {
        DossierView dossier = queries.myDossierByCode(code);
        try {
            return "redirect:" + fees.payOnline(dossier.id());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("paymentProblem", e.errorCode().messageKey());
            return "redirect:/my/dossiers/" + UriUtils.encodePathSegment(dossier.code(), StandardCharsets.UTF_8);
        }
    }

    @GetMapping("/my/dossiers/{code}/fee-receipts/{receiptId}")
    ResponseEntity<byte[]> receipt(@PathVariable String code, @PathVariable long receiptId) {
        DossierView dossier = queries.myDossierByCode(code);
        return pdf(fees.receiptForApplicant(dossier.id(), receiptId), dossier.code());
    }

    static ResponseEntity<byte[]> pdf(byte[] content, String dossierCode) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("bien-lai-" + dossierCode + ".pdf", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(content);
    }
}
