package vn.civic.signature.revocation.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.signature.SignatureError;
import vn.civic.signature.revocation.CertificateRevocations;
import vn.civic.signature.revocation.Revocation;

/**
 * The system administrator's revocation list (decision 0030): revoke a certificate by issuer and serial number, upload
 * a CRL signed by a trust anchor, see what is revoked. A value that is refused comes back with its field marked.
 */
@Controller
@RequestMapping(RevocationAdminController.PATH)
@PreAuthorize("hasAuthority('EXCHANGE_MANAGE')")
class RevocationAdminController {

    static final String PATH = "/admin/signatures/revocations";
    private static final String VIEW = "signature/revocations";

    private final CertificateRevocations revocations;

    RevocationAdminController(CertificateRevocations revocations) {
        this.revocations = revocations;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        return page(Math.max(0, page), model);
    }

    @PostMapping
    String revoke(
            @RequestParam(required = false) String issuer,
            @RequestParam(required = false) String serialNumber,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String note,
            Model model,
            RedirectAttributes redirect) {
        try {
            Revocation revoked = revocations.revoke(issuer, serialNumber, reason, note);
            redirect.addFlashAttribute("revoked", revoked.serialNumber());
            return "redirect:" + PATH;
        } catch (InvalidInputException e) {
            model.addAttribute("errors", errors(e.violations()));
            model.addAttribute("issuer", issuer);
            model.addAttribute("serialNumber", serialNumber);
            model.addAttribute("reason", reason);
            model.addAttribute("note", note);
            return page(0, model);
        }
    }

    @PostMapping("/crl")
    String uploadCrl(@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect) {
        try {
            if (file == null || file.isEmpty()) {
                throw SignatureError.CRL_UNREADABLE.on("file");
            }
            CertificateRevocations.CrlImport imported =
                    revocations.importCrl(file.getOriginalFilename(), file.getBytes());
            // flash attributes live in the session: plain values only
            redirect.addFlashAttribute("importedIssuer", imported.issuerName());
            redirect.addFlashAttribute("importedEntries", imported.entries());
            redirect.addFlashAttribute("importedAdded", imported.added());
            return "redirect:" + PATH;
        } catch (InvalidInputException e) {
            model.addAttribute("errors", errors(e.violations()));
            return page(0, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String page(int page, Model model) {
        List<Revocation> found = revocations.page(page);
        boolean hasNext = found.size() > CertificateRevocations.PAGE_SIZE;
        model.addAttribute("revocations", hasNext ? found.subList(0, CertificateRevocations.PAGE_SIZE) : found);
        model.addAttribute("page", page);
        model.addAttribute("hasNext", hasNext);
        model.addAttribute("issuers", revocations.issuers());
        model.addAttribute("reasons", CertificateRevocations.reasons());
        return VIEW;
    }

    private static Map<String, FieldViolation> errors(List<FieldViolation> violations) {
        Map<String, FieldViolation> errors = new LinkedHashMap<>();
        violations.forEach(v -> errors.putIfAbsent(v.field(), v));
        return errors;
    }
}
