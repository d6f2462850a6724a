package vn.civic.dossier.web.citizen;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.civic.dossier.DossierQueries;
import vn.civic.dossier.forms.DossierForms;
import vn.civic.dossier.forms.DossierNotice;
import vn.civic.dossier.forms.DossierNotices;
import vn.civic.platform.error.NotFoundException;

/** The applicant's copies of the notices about their own dossier (forms 02–05) as PDF; another's are not found. */
@Controller
@PreAuthorize("hasAuthority('SELF_SERVICE')")
class MyDossierFormsController {

    private final DossierQueries queries;
    private final DossierNotices notices;
    private final DossierForms forms;

    MyDossierFormsController(DossierQueries queries, DossierNotices notices, DossierForms forms) {
        this.queries = queries;
        this.notices = notices;
        this.forms = forms;
    }

    @GetMapping("/my/dossiers/{code}/forms/{form}.pdf")
    ResponseEntity<byte[]> noticePdf(@PathVariable String code, @PathVariable String form) {
        DossierNotice.Kind kind = DossierNotice.Kind.ofPath(form);
        if (kind == null) {
            throw NotFoundException.of("Form", form);
        }
        DossierNotice notice =
                notices.of(queries.myDossierByCode(code), kind).orElseThrow(() -> NotFoundException.of("Form", form));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(notice.fileName() + ".pdf")
                                .build()
                                .toString())
                .body(forms.pdf(notice));
    }
}
