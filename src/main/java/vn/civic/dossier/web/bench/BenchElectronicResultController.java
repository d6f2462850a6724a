package vn.civic.dossier.web.bench;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import vn.civic.dossier.forms.ElectronicResult;
import vn.civic.dossier.forms.ElectronicResult.Kind;
import vn.civic.dossier.forms.ElectronicResult.Line;
import vn.civic.dossier.forms.ResultDocuments;
import vn.civic.platform.pdf.OfficialHeader;
import vn.civic.platform.time.CivicTime;
import vn.civic.signature.PdfSignatures;
import vn.civic.signature.SignerKeys;

/**
 * The cost of an electronic result for the benchmark (scenario {@code e-result}), served only under the {@code bench}
 * profile: {@code GET /bench/e-results} renders a birth-registration extract (the template, the embedded fonts, PDF/A)
 * and signs it as a finished dossier's is signed, by the demo leader of Phường Hoàn Kiếm and then the ward's seal, and
 * answers the signed PDF. Nothing is stored and no dossier changes, so the figure is the generation and signing alone
 * (decision 0019); the numbering and the storage of a real issue are a few rows and one file beside it.
 */
@Controller
@Profile("bench")
class BenchElectronicResultController {

    static final String PATH = "/bench/e-results";
    static final String LEADER = SignerKeys.person("lanhdao.hoankiem");
    static final String SEAL = SignerKeys.seal(BenchDossierController.AGENCY);

    private final ResultDocuments documents;
    private final PdfSignatures signatures;
    private final Clock clock;

    BenchElectronicResultController(ResultDocuments documents, PdfSignatures signatures, Clock clock) {
        this.documents = documents;
        this.signatures = signatures;
        this.clock = clock;
    }

    @GetMapping(PATH)
    @PreAuthorize("permitAll()")
    ResponseEntity<byte[]> issue() {
        var today = clock.instant()
                .truncatedTo(ChronoUnit.SECONDS)
                .atZone(CivicTime.ZONE)
                .toLocalDate();
        ElectronicResult result = new ElectronicResult(
                Kind.BIRTH_EXTRACT,
                new OfficialHeader(
                        "Ủy ban nhân dân thành phố Hà Nội", "Ủy ban nhân dân phường Hoàn Kiếm", "Hà Nội", today),
                "01/UBND",
                "TRÍCH LỤC KHAI SINH",
                "000.01.31.H26-261201-0001",
                BenchDossierController.PROCEDURE,
                "Đăng ký khai sinh",
                List.of(
                        new Line("Người được đăng ký khai sinh", null),
                        new Line("Họ, chữ đệm, tên", "Trần Minh An"),
                        new Line("Ngày, tháng, năm sinh", "21/11/2026"),
                        new Line("Giới tính", "Nam"),
                        new Line("Dân tộc", "Kinh"),
                        new Line("Nơi sinh", "Bệnh viện Phụ sản Hà Nội"),
                        new Line("Mẹ", null),
                        new Line("Họ, chữ đệm, tên", "Nguyễn Thị Lan"),
                        new Line("Ngày sinh", "12/04/1990"),
                        new Line("Nơi cư trú", "số 12 phố Hàng Bạc, Phường Hoàn Kiếm, Thành phố Hà Nội")),
                "CHỦ TỊCH",
                "Lãnh đạo phường Hoàn Kiếm",
                "http://localhost/verify-signature");
        byte[] pdf = signatures.sign(documents.pdf(result), LEADER, "Phê duyệt", "Hà Nội");
        pdf = signatures.sign(pdf, SEAL, "Đóng dấu", "Hà Nội");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(pdf);
    }
}
