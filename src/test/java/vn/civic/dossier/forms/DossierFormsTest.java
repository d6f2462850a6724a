package vn.civic.dossier.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.civic.dossier.Timeliness;
import vn.civic.dossier.forms.ProcessControlSlip.Handover;
import vn.civic.dossier.forms.ReceiptSlip.Applicant;
import vn.civic.dossier.forms.ReceiptSlip.ReceivedDocument;
import vn.civic.platform.pdf.OfficialHeader;
import vn.civic.platform.pdf.OfficialTemplates;
import vn.civic.platform.time.CivicTime;
import vn.civic.procedure.Channel;
import vn.civic.procedure.ProcessingTime;
import vn.civic.procedure.RequiredDocument.CopyKind;

class DossierFormsTest {

    static final DossierForms FORMS = new DossierForms(OfficialTemplates.renderer());
    static final String CODE = "000.01.31.H26-261201-0042";
    static final String APPLICANT = "Trần Thị Hương Giang";
    /** Every Vietnamese vowel with every tone mark, and đ, precomposed (NFC). */
    static final String VIETNAMESE_LETTERS =
            "aàáảãạ ăằắẳẵặ âầấẩẫậ đ eèéẻẽẹ êềếểễệ iìíỉĩị oòóỏõọ ôồốổỗộ ơờớởỡợ" + " uùúủũụ ưừứửữự yỳýỷỹỵ ĂÂĐÊÔƠƯ";

    static final OfficialHeader HEADER = new OfficialHeader(
            "Ủy ban nhân dân thành phố Hà Nội",
            "Ủy ban nhân dân phường Hoàn Kiếm",
            "Hà Nội",
            LocalDate.of(2026, 12, 1));

    @Test
    void receiptCarriesTheHeadingTheApplicantAndTheAppointment() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(FORMS.pdf(receipt(3)))) {
            String text = text(pdf);
            assertThat(text)
                    .contains("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI")
                    .contains("ỦY BAN NHÂN DÂN PHƯỜNG HOÀN KIẾM")
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                    .contains("Độc lập - Tự do - Hạnh phúc")
                    .contains("Hà Nội, ngày 01 tháng 12 năm 2026")
                    .contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ")
                    .contains(CODE)
                    .contains(APPLICANT)
                    .contains("001190004321")
                    .contains("Đăng ký khai sinh")
                    .contains("Bản sao")
                    .contains("3 ngày làm việc")
                    .contains("09 giờ 05 phút, ngày 01/12/2026")
                    .contains("10 giờ 30 phút, ngày 04/12/2026")
                    .contains("https://dichvucong.hanoi.example/tra-cuu")
                    .contains("NGƯỜI TIẾP NHẬN HỒ SƠ")
                    .contains("Lê Văn Tiếp");
        }
    }

    @Test
    void everyVietnameseLetterSurvivesIntoThePdf() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(FORMS.pdf(receipt(2)))) {
            assertThat(text(pdf)).contains(VIETNAMESE_LETTERS);
        }
    }

    @Test
    void pdfEmbedsLiberationSerifAndNoOtherFont() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(FORMS.pdf(receipt(2)))) {
            List<PDFont> fonts = fonts(pdf);
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.getName()).contains("LiberationSerif");
                assertThat(font.isEmbedded()).as("%s embedded", font.getName()).isTrue();
            });
            assertThat(fonts).extracting(PDFont::getName).anyMatch(name -> name.endsWith("LiberationSerif-Bold"));
            assertThat(fonts).extracting(PDFont::getName).anyMatch(name -> name.endsWith("LiberationSerif-Italic"));
        }
    }

    @Test
    void pdfCarriesTitleAuthorAndPdfAIdentification() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(FORMS.pdf(receipt(1)))) {
            assertThat(pdf.getDocumentInformation().getTitle())
                    .isEqualTo("Giấy tiếp nhận hồ sơ và hẹn trả kết quả " + CODE);
            assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo("Ủy ban nhân dân phường Hoàn Kiếm");
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), "UTF-8");
            assertThat(xmp).contains("pdfaid:part").contains("3");
        }
    }

    @Test
    void longDocumentListBreaksAcrossPagesWithoutLosingARow() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(FORMS.pdf(receipt(70)))) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            String text = text(pdf);
            IntStream.rangeClosed(3, 70).forEach(i -> assertThat(text).contains(i + " Giấy tờ kèm theo số " + i + " "));
        }
    }

    @Test
    void inPersonReceiptHasTheApplicantsSignatureBlockOnlineHasNot() throws IOException {
        ReceiptSlip online = receipt(1);
        ReceiptSlip inPerson = new ReceiptSlip(
                online.header(),
                online.dossierCode(),
                online.receivingUnit(),
                online.applicant(),
                online.procedureName(),
                online.documents(),
                1,
                online.processingTime(),
                Channel.IN_PERSON,
                online.receivedAt(),
                online.appointmentAt(),
                online.resultCollectionPlace(),
                online.trackingUrl(),
                online.clerkName());
        try (PDDocument pdf = Loader.loadPDF(FORMS.pdf(inPerson))) {
            assertThat(text(pdf)).contains("NGƯỜI NỘP HỒ SƠ").contains("Trực tiếp tại Bộ phận Một cửa");
        }
        try (PDDocument pdf = Loader.loadPDF(FORMS.pdf(online))) {
            assertThat(text(pdf)).doesNotContain("NGƯỜI NỘP HỒ SƠ").contains("Trực tuyến");
        }
    }

    @Test
    void processControlSlipListsEveryHandoverWithItsTimeliness() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(FORMS.pdf(processControl(4)))) {
            String text = text(pdf);
            assertThat(text)
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                    .contains("Độc lập - Tự do - Hạnh phúc")
                    .contains("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ")
                    .contains(CODE)
                    .contains(APPLICANT)
                    .contains("Công an phường Hoàn Kiếm")
                    .contains("Công chức Bước 1")
                    .contains("Trước hạn")
                    .contains("Đúng hạn")
                    .contains("Quá hạn");
            assertThat(pdf.getDocumentInformation().getTitle())
                    .isEqualTo("Phiếu kiểm soát quá trình giải quyết hồ sơ " + CODE);
        }
    }

    @Test
    void processControlSlipWithManyHandoversKeepsEveryRow() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(FORMS.pdf(processControl(45)))) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            String text = text(pdf);
            IntStream.rangeClosed(1, 45).forEach(i -> assertThat(text).contains("Công chức Bước " + i + " Nhận:"));
        }
    }

    @Test
    void timelinessIsComputedFromTheStatutoryEnd() {
        Instant end = at(2026, 12, 4, 17, 0);
        assertThat(handover(at(2026, 12, 3, 16, 0), end).timeliness()).isEqualTo(Timeliness.EARLY);
        assertThat(handover(at(2026, 12, 4, 9, 0), end).timeliness()).isEqualTo(Timeliness.ON_TIME);
        assertThat(handover(at(2026, 12, 4, 17, 1), end).timeliness()).isEqualTo(Timeliness.LATE);
        assertThat(handover(at(2026, 12, 4, 9, 0), null).timeliness()).isNull();
    }

    @Test
    void htmlShowsTheSameFormInThePagesLanguage() {
        String vietnamese = FORMS.html(receipt(1), Locale.of("vi"));
        assertThat(vietnamese)
                .contains("class=\"official-form\"")
                .contains("Giấy tiếp nhận hồ sơ và hẹn trả kết quả")
                .contains(APPLICANT)
                .contains("/assets/css/official-forms.css");
        String english = FORMS.html(processControl(1), Locale.ENGLISH);
        assertThat(english).contains("Process-control slip").contains("SOCIALIST REPUBLIC OF VIETNAM");
    }

    static ReceiptSlip receipt(int documents) {
        List<ReceivedDocument> received = new ArrayList<>();
        received.add(new ReceivedDocument("Tờ khai đăng ký khai sinh", CopyKind.ORIGINAL, 1));
        received.add(new ReceivedDocument(VIETNAMESE_LETTERS, CopyKind.E_COPY, 1));
        for (int i = 3; i <= documents; i++) {
            received.add(new ReceivedDocument("Giấy tờ kèm theo số " + i + " (giấy chứng sinh)", CopyKind.COPY, 2));
        }
        return new ReceiptSlip(
                HEADER,
                CODE,
                "Bộ phận Một cửa phường Hoàn Kiếm",
                new Applicant(
                        APPLICANT,
                        "001190004321",
                        "Số 18 phố Lương Văn Can, phường Hoàn Kiếm, Hà Nội",
                        "0912345678",
                        "giang.tran@example.vn"),
                "Đăng ký khai sinh",
                received.subList(0, Math.max(1, documents)),
                1,
                ProcessingTime.workingDays(3),
                Channel.ONLINE,
                at(2026, 12, 1, 9, 5),
                at(2026, 12, 4, 10, 30),
                "Bộ phận Một cửa phường Hoàn Kiếm, số 126 phố Hàng Trống",
                "https://dichvucong.hanoi.example/tra-cuu",
                "Lê Văn Tiếp");
    }

    static ProcessControlSlip processControl(int handovers) {
        List<Handover> rows = new ArrayList<>();
        Instant start = at(2026, 12, 1, 9, 5);
        for (int i = 1; i <= handovers; i++) {
            Instant handedOver = start.plusSeconds(3600L * 20 * i);
            Instant statutoryEnd = i % 3 == 1
                    ? handedOver.plusSeconds(86_400 * 2)
                    : i % 3 == 2 ? handedOver.plusSeconds(60) : handedOver.minusSeconds(3600);
            rows.add(new Handover(
                    i == 2 ? "Công an phường Hoàn Kiếm" : "Bộ phận Một cửa phường Hoàn Kiếm",
                    "Công chức Bước " + i,
                    "Văn phòng HĐND và UBND phường",
                    "Lãnh đạo phường",
                    handedOver,
                    statutoryEnd,
                    "Hồ sơ đủ điều kiện, chuyển bước tiếp theo"));
        }
        return new ProcessControlSlip(
                HEADER,
                CODE,
                "Đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế",
                APPLICANT,
                start,
                at(2026, 12, 9, 16, 0),
                List.of("Công an phường Hoàn Kiếm", "Bảo hiểm xã hội khu vực I"),
                rows);
    }

    static Handover handover(Instant at, Instant statutoryEnd) {
        return new Handover("Bộ phận Một cửa", null, "Phòng Văn hóa - Xã hội", null, at, statutoryEnd, null);
    }

    static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute)
                .atZone(CivicTime.ZONE)
                .toInstant();
    }

    static String text(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }

    static List<PDFont> fonts(PDDocument pdf) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }
}
