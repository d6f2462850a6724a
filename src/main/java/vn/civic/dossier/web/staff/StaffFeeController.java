package vn.civic.dossier.web.staff;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.civic.dossier.DossierFees;
import vn.civic.dossier.DossierView;
import vn.civic.platform.error.CommonError;
import vn.civic.platform.error.ConflictException;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.error.InvalidInputException;

/**
 * Fees on the staff dossier page: the one-stop clerk of the receiving agency records a cash payment
 * ({@code DOSSIER_RECEIVE}), an officer at a processing step asks for a financial obligation
 * ({@code DOSSIER_PROCESS}), and the staff of the dossier's agencies download its e-receipts.
 */
@Controller
@RequestMapping("/work/dossiers")
@PreAuthorize(StaffDossierController.STAFF)
class StaffFeeController {

    private final DossierFees fees;

    StaffFeeController(DossierFees fees) {
        this.fees = fees;
    }

    @PostMapping("/{id}/cash-payment")
    @PreAuthorize("hasAuthority('WORKSPACE_ACCESS') and hasAuthority('DOSSIER_RECEIVE')")
    String cash(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return act(id, "cash-payment", redirect, () -> fees.recordCash(id, version));
    }

    @PostMapping("/{id}/payment-request")
    @PreAuthorize("hasAuthority('WORKSPACE_ACCESS') and hasAuthority('DOSSIER_PROCESS')")
    String request(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) String feeName,
            @RequestParam(required = false) Long amount,
            RedirectAttributes redirect) {
        redirect.addFlashAttribute("feeValues", Map.of("feeName", feeName == null ? "" : feeName));
        return act(id, "payment-request", redirect, () -> fees.requestPayment(id, version, feeName, amount));
    }

    @GetMapping("/{id}/fee-receipts/{receiptId}")
    ResponseEntity<byte[]> receipt(@PathVariable long id, @PathVariable long receiptId) {
        byte[] pdf = fees.receiptForStaff(id, receiptId);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("bien-lai-" + receiptId + ".pdf", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(pdf);
    }

    private static String act(long id, String action, RedirectAttributes redirect, Supplier<DossierView> change) {
        try {
            DossierView done = change.get();
            redirect.addFlashAttribute("notice", "dossier.staff.notice." + action);
            redirect.addFlashAttribute("noticeName", done.code());
        } catch (InvalidInputException e) {
            if (e.violations().isEmpty()) {
                redirect.addFlashAttribute("problem", e.errorCode().messageKey());
            } else {
                Map<String, FieldViolation> fields = new HashMap<>();
                e.violations().forEach(v -> fields.putIfAbsent(v.field(), v));
                redirect.addFlashAttribute("feeErrors", fields);
            }
        } catch (ConflictException e) {
            redirect.addFlashAttribute(
                    "problem",
                    e.errorCode() == CommonError.CONCURRENT_MODIFICATION
                            ? StaffDossierController.CONFLICT
                            : e.errorCode().messageKey());
        }
        return "redirect:/work/dossiers/" + id + "#fee";
    }
}
