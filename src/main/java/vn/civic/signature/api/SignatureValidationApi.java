package vn.civic.signature.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.civic.signature.SignatureValidation;
import vn.civic.signature.ValidationReport;

/** Public validation of signed PDFs, for portals and other agencies' systems. */
@RestController
@PreAuthorize("permitAll()")
@Tag(
        name = "Signature validation",
        description = "Checks the PAdES signatures of a PDF offline against the city's trust anchors. Public; the file"
                + " is kept nowhere.")
class SignatureValidationApi {

    private final SignatureValidation validation;

    SignatureValidationApi(SignatureValidation validation) {
        this.validation = validation;
    }

    @PostMapping(
            path = "/api/signatures/validations",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Validate a signed PDF",
            description = "The verdict (VALID, INVALID, NOT_TRUSTED, NO_SIGNATURE) and, per signature, the signer,"
                    + " the claimed signing time, whether the signed bytes are intact and cover the whole file, the"
                    + " certificate chain and whether it ends at a trusted anchor, EU DSS's indication, and a problem:"
                    + " 'revoked' when the certificate was revoked at or before the signing time (the verdict is then"
                    + " INVALID) or 'unknown' when it does not chain to a trust anchor.")
    @ApiResponse(responseCode = "200", description = "The validation report")
    @ApiResponse(
            responseCode = "400",
            description = "No file, a file that is not a PDF (signature_not_a_pdf) or one larger than the limit"
                    + " (signature_file_too_large)")
    ValidationReport validate(@RequestPart(name = "file", required = false) MultipartFile file) {
        try {
            return validation.validateUpload(file == null || file.isEmpty() ? null : file.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
