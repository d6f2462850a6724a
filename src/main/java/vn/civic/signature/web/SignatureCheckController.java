package vn.civic.signature.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.signature.SignatureValidation;

/**
 * The public page where anyone checks a signed PDF (an electronic result, a document): upload it and read who signed,
 * when, whether it is unchanged and whether the certificate is trusted. The file is read in memory and kept nowhere.
 */
@Controller
@PreAuthorize("permitAll()")
class SignatureCheckController {

    static final String PATH = "/verify-signature";
    private static final String VIEW = "signature/verify";

    private final SignatureValidation validation;

    SignatureCheckController(SignatureValidation validation) {
        this.validation = validation;
    }

    @GetMapping(PATH)
    String form(Model model) {
        model.addAttribute("maxMegabytes", validation.maxUploadMegabytes());
        return VIEW;
    }

    @PostMapping(PATH)
    String check(@RequestParam(name = "file", required = false) MultipartFile file, Model model) {
        model.addAttribute("maxMegabytes", validation.maxUploadMegabytes());
        try {
            model.addAttribute(
                    "report", validation.validateUpload(file == null || file.isEmpty() ? null : file.getInputStream()));
            model.addAttribute("fileName", file == null ? null : file.getOriginalFilename());
        } catch (InvalidInputException e) {
            model.addAttribute("fileError", e.violations().getFirst());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return VIEW;
    }
}
