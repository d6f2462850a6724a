package vn.civic.dossier.web.bench;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.civic.dossier.AttachmentUpload;
import vn.civic.dossier.DossierSubmission;
import vn.civic.dossier.DossierTracking;
import vn.civic.dossier.DossierView;
import vn.civic.dossier.OnlineSubmission;
import vn.civic.dossier.TrackingView;
import vn.civic.org.AgencyView;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.time.CivicTime;
import vn.civic.procedure.FormData;

/**
 * Stand-ins for the benchmark (BENCHMARKS.md), served only under the {@code bench} profile, until the citizen pages
 * serve the same work: {@code POST /bench/dossiers} files a birth registration (1.001193) at Phường Hoàn Kiếm for the
 * signed-in citizen through {@link DossierSubmission#submitOnline}, with valid e-form data and two one-page PDFs, in
 * the session and with the CSRF token of the page chain; {@code GET /bench/dossiers/status} is the public look-up by
 * code and factor through {@link DossierTracking#track}.
 */
@Controller
@Profile("bench")
class BenchDossierController {

    static final String SUBMIT_PATH = "/bench/dossiers";
    static final String STATUS_PATH = "/bench/dossiers/status";
    static final String PROCEDURE = "1.001193";
    static final String AGENCY = "000.01.31.H26";

    /** The smallest file the storage recognises as a PDF. */
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                    + "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    private final DossierSubmission submission;
    private final DossierTracking tracking;
    private final OrgDirectory org;
    private final Clock clock;

    BenchDossierController(DossierSubmission submission, DossierTracking tracking, OrgDirectory org, Clock clock) {
        this.submission = submission;
        this.tracking = tracking;
        this.org = org;
        this.clock = clock;
    }

    @PostMapping(SUBMIT_PATH)
    @PreAuthorize("hasAuthority('SELF_SERVICE')")
    @ResponseBody
    Map<String, Object> submit() {
        AgencyView agency = org.findAgencyByCode(AGENCY).orElseThrow();
        DossierView dossier = submission.submitOnline(new OnlineSubmission(
                PROCEDURE,
                agency.id(),
                birthRegistration(agency.administrativeUnitId()),
                List.of(pdf("TK", "to-khai.pdf"), pdf("GCS", "giay-chung-sinh.pdf")),
                UUID.randomUUID().toString()));
        return Map.of("id", dossier.id(), "code", dossier.code());
    }

    @GetMapping(STATUS_PATH)
    @ResponseBody
    ResponseEntity<TrackingView> status(@RequestParam String code, @RequestParam String factor) {
        return ResponseEntity.of(tracking.track(code, factor));
    }

    private FormData birthRegistration(long wardId) {
        LocalDate born = LocalDate.now(clock.withZone(CivicTime.ZONE)).minusDays(10);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("applicantName", "Nguyễn Thị Lan");
        values.put("applicantId", "001190004321");
        values.put("applicantBirthDate", "1990-04-12");
        values.put("applicantAddress", wardId + "|số 12 phố Hàng Bạc");
        values.put("applicantPhone", "0912345678");
        values.put("relationship", "MOTHER");
        values.put("childName", "Trần Minh An");
        values.put("childBirthDate", born.toString());
        values.put("childGender", "MALE");
        values.put("childBirthPlace", "Bệnh viện Phụ sản Hà Nội");
        values.put("childEthnicity", "Kinh");
        values.put("motherName", "Nguyễn Thị Lan");
        values.put("motherBirthDate", "1990-04-12");
        values.put("motherId", "001190004321");
        values.put("motherEthnicity", "Kinh");
        values.put("motherNationality", "Việt Nam");
        values.put("motherAddress", wardId + "|số 12 phố Hàng Bạc");
        return new FormData(values);
    }

    private static AttachmentUpload pdf(String documentCode, String fileName) {
        return new AttachmentUpload(documentCode, fileName, "application/pdf", new ByteArrayResource(PDF));
    }
}
