package vn.civic.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.civic.feedback.FeedbackTesting.CITIZEN;
import static vn.civic.feedback.FeedbackTesting.OFFICER;
import static vn.civic.feedback.FeedbackTesting.anonymous;
import static vn.civic.feedback.FeedbackTesting.as;
import static vn.civic.feedback.FeedbackTesting.client;
import static vn.civic.feedback.FeedbackTesting.command;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import vn.civic.dossier.DossierSubmission;
import vn.civic.dossier.DossierTesting;
import vn.civic.dossier.OnlineSubmission;
import vn.civic.identity.AccountDirectory;
import vn.civic.org.AgencyView;
import vn.civic.org.OrgDirectory;
import vn.civic.org.demo.DemoAgencies;
import vn.civic.platform.cache.ReferenceCaches;
import vn.civic.platform.error.CivicException;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.platform.security.Privilege;
import vn.civic.procedure.ProcedureView;
import vn.civic.procedure.domain.ProcedureEditor;
import vn.civic.test.CivicTest;

/** Filing a report: checks, routing by the rules, deadlines, photos without location metadata, nothing stored half. */
@CivicTest
class FeedbackSubmissionTest {

    @Autowired
    FeedbackReports feedback;

    @Autowired
    FeedbackCategories categories;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    OrgDirectory org;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReferenceCaches caches;

    @Autowired
    DossierSubmission dossiers;

    @Autowired
    ProcedureEditor procedureEditor;

    String category;
    long hoanKiem;

    @BeforeEach
    void ownCategory() {
        category = FeedbackTesting.category(jdbc, caches, true, 5);
        hoanKiem = FeedbackTesting.unit(org, "Phường Hoàn Kiếm");
    }

    long reportsOfCategory() {
        return jdbc.sql("select count(*) from feedback_report where category_code = ?")
                .param(category)
                .query(Long.class)
                .single();
    }

    List<String> fields(Throwable e) {
        return ((CivicException) e)
                .violations().stream().map(FieldViolation::field).toList();
    }

    @Test
    void aCitizensReportInAWardGoesToThatWardsPeoplesCommitteeAndShowsNoContactInPublic() {
        SubmittedReport submitted = as(
                accounts,
                org,
                CITIZEN,
                () -> feedback.submit(command(
                        category,
                        hoanKiem,
                        FeedbackTesting.pointInHoanKiem(),
                        List.of(new PhotoUpload("den.jpg", "image/jpeg", TestImages.jpeg(40, 30))))));

        assertThat(submitted.code()).matches("PA-\\d{4}-\\d{6}");
        assertThat(submitted.token()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(submitted.status()).isEqualTo(ReportStatus.ROUTED);
        PublicReport report = feedback.publicReport(submitted.code()).orElseThrow();
        AgencyView ward = FeedbackTesting.agency(org, DemoAgencies.HOAN_KIEM);
        assertThat(report.agencyId()).isEqualTo(ward.id());
        assertThat(report.agencyName()).isEqualTo(ward.name());
        assertThat(report.adminUnitName()).isEqualTo("Phường Hoàn Kiếm");
        assertThat(report.photoIds()).hasSize(1);
        assertThat(report.expectedAt()).isAfter(report.submittedAt());
        assertThat(report.statusNote()).contains(ward.name());
        assertThat(report.toString()).doesNotContain("nguoi.thu@example.vn", "0912345678", "Nguyễn Văn An");
        assertThat(feedback.codeForToken(submitted.token())).contains(submitted.code());
        assertThat(feedback.codeForToken("khong-co")).isEmpty();

        StaffReport staff = as(accounts, org, OFFICER, () -> feedback.staffReport(submitted.code()));
        assertThat(staff.reporterName()).isEqualTo("Nguyễn Văn An");
        assertThat(staff.contact().email()).isEqualTo("nguoi.thu@example.vn");
        assertThat(staff.contact().phone()).isEqualTo("0912345678");
        assertThat(staff.history()).extracting(ReportHistoryEntry::action).containsExactly("submitted");
        MyReport mine = as(accounts, org, CITIZEN, () -> feedback.myReport(submitted.code()))
                .orElseThrow();
        assertThat(mine.reporter()).isTrue();
        assertThat(mine.following()).isTrue();
    }

    @Test
    void thePinsWardDecidesWhereTheReportGoesUnlessTheChosenUnitIsInsideIt() {
        long hongBang = FeedbackTesting.unit(org, "Phường Hồng Bàng");
        SubmittedReport pinOnly =
                anonymous(() -> feedback.submit(command(category, null, new double[] {21.0300, 105.8520}, List.of())));
        SubmittedReport pinElsewhere = anonymous(
                () -> feedback.submit(command(category, hoanKiem, new double[] {20.8650, 106.6700}, List.of())));
        SubmittedReport pinInTheCityOnly = anonymous(
                () -> feedback.submit(command(category, hoanKiem, new double[] {21.1000, 105.7000}, List.of())));

        PublicReport inHoanKiem = feedback.publicReport(pinOnly.code()).orElseThrow();
        assertThat(inHoanKiem.adminUnitId()).isEqualTo(hoanKiem);
        assertThat(inHoanKiem.agencyId())
                .isEqualTo(FeedbackTesting.agency(org, DemoAgencies.HOAN_KIEM).id());
        PublicReport inHongBang = feedback.publicReport(pinElsewhere.code()).orElseThrow();
        assertThat(inHongBang.adminUnitId()).isEqualTo(hongBang);
        assertThat(inHongBang.agencyId())
                .isEqualTo(FeedbackTesting.agency(org, DemoAgencies.HONG_BANG).id());
        assertThat(feedback.publicReport(pinInTheCityOnly.code()).orElseThrow().adminUnitId())
                .isEqualTo(hoanKiem);
    }

    @Test
    void aReportWithOnlyAnAddressWaitsAtTheRoutingDesk() {
        ReportCommand command = CommandBuilder.report(category, "Cột đèn nghiêng.")
                .address("Số 5 phố Tràng Tiền")
                .build();

        SubmittedReport submitted = anonymous(() -> feedback.submit(command));

        assertThat(submitted.status()).isEqualTo(ReportStatus.SUBMITTED);
        PublicReport report = feedback.publicReport(submitted.code()).orElseThrow();
        assertThat(report.agencyId())
                .isEqualTo(FeedbackTesting.agency(org, DemoAgencies.HANOI).id());
        assertThat(report.address()).isEqualTo("Số 5 phố Tràng Tiền");
        QueuePage desk = as(
                accounts,
                org,
                FeedbackTesting.DESK,
                () -> feedback.queue(new QueueFilter(null, category, null, false, null, 0, 50)));
        assertThat(desk.items()).extracting(QueueItem::code).containsExactly(submitted.code());
    }

    @Test
    void aRuleForTheCategoryAndCityWinsOverTheWardByItsPriority() {
        AgencyView justice = FeedbackTesting.agency(org, DemoAgencies.HANOI_JUSTICE);
        long hanoi = org.unitPath(hoanKiem).getFirst().id();
        jdbc.sql("insert into feedback_routing_rule (category_code, admin_unit_id, target, agency_id, agency_name,"
                        + " priority, created_at) values (?, ?, 'AGENCY', ?, ?, 1, ?)")
                .params(category, hanoi, justice.id(), justice.name(), java.sql.Timestamp.from(Instant.now()))
                .update();

        SubmittedReport inHanoi = anonymous(
                () -> feedback.submit(command(category, hoanKiem, FeedbackTesting.pointInHoanKiem(), List.of())));
        SubmittedReport inHaiphong = anonymous(() -> feedback.submit(command(
                category, FeedbackTesting.unit(org, "Phường Hồng Bàng"), new double[] {20.86, 106.68}, List.of())));

        assertThat(feedback.publicReport(inHanoi.code()).orElseThrow().agencyId())
                .isEqualTo(justice.id());
        assertThat(feedback.publicReport(inHaiphong.code()).orElseThrow().agencyId())
                .isEqualTo(FeedbackTesting.agency(org, DemoAgencies.HONG_BANG).id());
    }

    @Test
    void anUnknownCategoryAMissingLocationAndBadContactsAreRefusedTogether() {
        ReportCommand unknown =
                CommandBuilder.report("khong-ton-tai", "Nội dung").build();
        assertThatThrownBy(() -> anonymous(() -> feedback.submit(unknown)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(FeedbackError.REPORT_INVALID);
                    assertThat(fields(e)).containsExactly("categoryCode");
                });

        ReportCommand nowhere = CommandBuilder.report(category, " ")
                .at(91.0, 105.0)
                .unit(999_999L)
                .contact(new ReporterContact(null, "khong-phai-email", "12", null))
                .build();
        assertThatThrownBy(() -> anonymous(() -> feedback.submit(nowhere)))
                .satisfies(e -> assertThat(fields(e))
                        .containsExactlyInAnyOrder(
                                "description", "location", "adminUnitId", "contact.email", "contact.phone"));

        ReportCommand noLocation =
                CommandBuilder.report(category, "Có nội dung").address(" ").build();
        assertThatThrownBy(() -> anonymous(() -> feedback.submit(noLocation)))
                .satisfies(e -> assertThat(((CivicException) e).violations())
                        .extracting(FieldViolation::field, FieldViolation::code)
                        .containsExactly(tuple("location", "feedback_location_required")));
        assertThat(reportsOfCategory()).isZero();
    }

    @Test
    void aDisguisedOrOversizedPhotoRefusesTheWholeReportAndNothingIsStored() {
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        byte[] script = "<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII);
        byte[] oversized = new byte[5 * 1024 * 1024 + 1];
        oversized[0] = (byte) 0xFF;
        oversized[1] = (byte) 0xD8;
        oversized[2] = (byte) 0xFF;
        long filesBefore =
                jdbc.sql("select count(*) from feedback_file").query(Long.class).single();
        ReportCommand command = command(
                category,
                hoanKiem,
                FeedbackTesting.pointInHoanKiem(),
                List.of(
                        new PhotoUpload("ok.jpg", "image/jpeg", TestImages.jpeg(20, 20)),
                        new PhotoUpload("anh.jpg", "image/jpeg", pdf),
                        new PhotoUpload("anh2.png", null, script),
                        new PhotoUpload("lon.jpg", "image/jpeg", oversized),
                        new PhotoUpload("doi-ten.png", "image/png", TestImages.jpeg(20, 20))));

        assertThatThrownBy(() -> anonymous(() -> feedback.submit(command)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field, FieldViolation::code)
                                .containsExactly(
                                        tuple("photos[1]", "feedback_photo_type"),
                                        tuple("photos[2]", "feedback_photo_type"),
                                        tuple("photos[3]", "feedback_photo_too_large"),
                                        tuple("photos[4]", "feedback_photo_type_mismatch")));
        assertThat(reportsOfCategory()).isZero();
        assertThat(jdbc.sql("select count(*) from feedback_file")
                        .query(Long.class)
                        .single())
                .isEqualTo(filesBefore);

        List<PhotoUpload> six =
                java.util.Collections.nCopies(6, new PhotoUpload("a.jpg", "image/jpeg", TestImages.jpeg(8, 8)));
        assertThatThrownBy(() -> anonymous(
                        () -> feedback.submit(command(category, hoanKiem, FeedbackTesting.pointInHoanKiem(), six))))
                .satisfies(e -> assertThat(fields(e)).containsExactly("photos"));
    }

    @Test
    void theStoredAndServedPhotoCarriesNoGpsMetadata() {
        byte[] withGps = TestImages.jpegWithGps();
        assertThat(TestImages.contains(withGps, TestImages.latitudeBytes())).isTrue();

        SubmittedReport submitted = anonymous(() -> feedback.submit(command(
                category,
                hoanKiem,
                FeedbackTesting.pointInHoanKiem(),
                List.of(new PhotoUpload("IMG_2041.JPG", "image/jpeg", withGps)))));

        PublicReport report = feedback.publicReport(submitted.code()).orElseThrow();
        StoredPhoto served = feedback.publicPhoto(
                        submitted.code(), report.photoIds().getFirst())
                .orElseThrow();
        assertThat(served.contentType()).isEqualTo("image/jpeg");
        assertThat(served.fileName()).isEqualTo("IMG_2041.JPG");
        assertThat(TestImages.contains(served.content(), "Exif".getBytes(StandardCharsets.US_ASCII)))
                .isFalse();
        assertThat(TestImages.contains(served.content(), TestImages.latitudeBytes()))
                .isFalse();
        StoredPhoto staffCopy = as(
                        accounts,
                        org,
                        OFFICER,
                        () -> feedback.staffFile(
                                submitted.code(), report.photoIds().getFirst()))
                .orElseThrow();
        assertThat(staffCopy.content()).isEqualTo(served.content());
        assertThat(feedback.publicPhoto(submitted.code(), 999_999_999L)).isEmpty();
    }

    @Test
    void attributesAreCheckedAgainstTheCategory() {
        FeedbackTesting.attributes(jdbc, caches, category);
        FeedbackCategory withAttributes = categories.find(category).orElseThrow();
        assertThat(withAttributes.attributes())
                .extracting(FeedbackAttribute::code)
                .containsExactly("kind", "note");
        ReportCommand bad = CommandBuilder.report(category, "Nội dung")
                .at(21.03, 105.85)
                .unit(hoanKiem)
                .attributes(Map.of("kind", List.of("z"), "khac", List.of("1")))
                .build();
        assertThatThrownBy(() -> anonymous(() -> feedback.submit(bad)))
                .satisfies(e -> assertThat(((CivicException) e).violations())
                        .extracting(FieldViolation::field, FieldViolation::code)
                        .containsExactlyInAnyOrder(
                                tuple("attributes.khac", "feedback_attribute_unknown"),
                                tuple("attributes.kind", "feedback_attribute_value"),
                                tuple("attributes.note", "feedback_attribute_required")));

        ReportCommand good = CommandBuilder.report(category, "Nội dung")
                .at(21.03, 105.85)
                .unit(hoanKiem)
                .attributes(Map.of("kind", List.of("b"), "note", List.of("cột số 7")))
                .build();
        String code = anonymous(() -> feedback.submit(good)).code();
        assertThat(as(accounts, org, OFFICER, () -> feedback.staffReport(code)).attributes())
                .containsEntry("kind", List.of("b"))
                .containsEntry("note", List.of("cột số 7"));
    }

    @Test
    void aDossierComplaintNeedsASignedInReporterAndAnExistingDossierCode() {
        ReportCommand anonymousComplaint = CommandBuilder.report("dossier", "Hồ sơ trễ hạn")
                .attributes(Map.of("dossier-code", List.of("KHONG-CO-HO-SO")))
                .build();
        assertThatThrownBy(() -> anonymous(() -> feedback.submit(anonymousComplaint)))
                .isInstanceOfSatisfying(
                        CivicException.class, e -> assertThat(e.errorCode()).isEqualTo(FeedbackError.SIGN_IN_REQUIRED));

        assertThatThrownBy(() -> as(accounts, org, CITIZEN, () -> feedback.submit(anonymousComplaint)))
                .satisfies(e -> assertThat(((CivicException) e).violations())
                        .extracting(FieldViolation::code)
                        .containsExactly("feedback_dossier_unknown"));

        ProcedureView procedure = DossierTesting.communeProcedure();
        DossierTesting.install(procedureEditor, procedure);
        long ward = FeedbackTesting.agency(org, DemoAgencies.HOAN_KIEM).id();
        String dossierCode = DossierTesting.as(
                        accounts,
                        CITIZEN,
                        () -> dossiers.submitOnline(new OnlineSubmission(
                                procedure.code(),
                                ward,
                                DossierTesting.data(),
                                List.of(DossierTesting.pdf(DossierTesting.FORM_DOCUMENT)),
                                null)))
                .code();
        ReportCommand complaint = CommandBuilder.report("dossier", "Hồ sơ trễ hạn")
                .attributes(Map.of("dossier-code", List.of(dossierCode)))
                .build();
        SubmittedReport filed = as(accounts, org, CITIZEN, () -> feedback.submit(complaint));
        assertThat(filed.status()).isEqualTo(ReportStatus.SUBMITTED); // no demo rule for dossiers: the desk
    }

    @Test
    void machineAndCounterChannelsAreForTheirActorsOnly() {
        ReportCommand open311 = CommandBuilder.report(category, "Qua Open311")
                .at(21.03, 105.85)
                .unit(hoanKiem)
                .contact(new ReporterContact("Lê Văn Tám", "tam@example.vn", null, "device-1"))
                .channel(ReportChannel.OPEN311)
                .externalReference("client-req-7")
                .build();
        assertThatThrownBy(() -> anonymous(() -> feedback.submit(open311))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(accounts, org, CITIZEN, () -> feedback.submit(open311)))
                .isInstanceOf(AccessDeniedException.class);

        SubmittedReport viaClient = client(org, () -> feedback.submit(open311), Privilege.FEEDBACK_CREATE);
        StaffReport staff = as(accounts, org, OFFICER, () -> feedback.staffReport(viaClient.code()));
        assertThat(staff.channel()).isEqualTo(ReportChannel.OPEN311);
        assertThat(staff.externalReference()).isEqualTo("client-req-7");
        assertThat(staff.contact().deviceId()).isEqualTo("device-1");
        assertThat(jdbc.sql("select client_id from feedback_report where code = ?")
                        .param(viaClient.code())
                        .query(String.class)
                        .single())
                .isEqualTo("client:open311-test");

        ReportCommand counter = CommandBuilder.report(category, "Tại quầy")
                .at(21.03, 105.85)
                .unit(hoanKiem)
                .channel(ReportChannel.COUNTER)
                .build();
        assertThatThrownBy(() -> as(accounts, org, CITIZEN, () -> feedback.submit(counter)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(accounts, org, OFFICER, () -> feedback.submit(counter)).status())
                .isEqualTo(ReportStatus.ROUTED);
    }

    @Test
    void aCitizenCanFollowAnOpenReportInsteadOfFilingADuplicate() {
        SubmittedReport first = anonymous(
                () -> feedback.submit(command(category, hoanKiem, FeedbackTesting.pointInHoanKiem(), List.of())));
        ReportCommand follow =
                CommandBuilder.report(category, null).follow(first.code()).build();

        SubmittedReport followed = as(accounts, org, CITIZEN, () -> feedback.submit(follow));

        assertThat(followed.code()).isEqualTo(first.code());
        assertThat(followed.token()).isNull();
        assertThat(reportsOfCategory()).isEqualTo(1);
        MyReport mine = as(accounts, org, CITIZEN, () -> feedback.myReport(first.code()))
                .orElseThrow();
        assertThat(mine.reporter()).isFalse();
        assertThat(mine.following()).isTrue();
        assertThat(mine.mayRate()).isFalse();
        assertThatThrownBy(() -> anonymous(() -> feedback.submit(follow))).isInstanceOf(CivicException.class);
    }
}
