package vn.civic.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static vn.civic.feedback.FeedbackTesting.CITIZEN;
import static vn.civic.feedback.FeedbackTesting.CITIZEN2;
import static vn.civic.feedback.FeedbackTesting.CLERK;
import static vn.civic.feedback.FeedbackTesting.DESK;
import static vn.civic.feedback.FeedbackTesting.LEADER;
import static vn.civic.feedback.FeedbackTesting.OFFICER;
import static vn.civic.feedback.FeedbackTesting.OFFICER2;
import static vn.civic.feedback.FeedbackTesting.OTHER_OFFICER;
import static vn.civic.feedback.FeedbackTesting.WARD_ADMIN;
import static vn.civic.feedback.FeedbackTesting.command;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.civic.identity.AccountDirectory;
import vn.civic.org.OrgDirectory;
import vn.civic.org.demo.DemoAgencies;
import vn.civic.platform.cache.ReferenceCaches;
import vn.civic.platform.error.ConflictException;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.platform.error.NotFoundException;
import vn.civic.platform.time.CivicTime;
import vn.civic.test.CivicTest;
import vn.civic.test.TestClock;

/**
 * Handling a report: the responsible agency acknowledges, names a handler, answers with evidence or returns it; the
 * desk routes, merges and moderates; the reporter rates once and reopens within the window; deadlines on the
 * working-day calendar; who may see and do what.
 */
@CivicTest
@RecordApplicationEvents
class FeedbackHandlingTest {

    static final byte[] PDF = pdf();

    @Autowired
    FeedbackReports feedback;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    OrgDirectory org;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReferenceCaches caches;

    @Autowired
    TestClock clock;

    @Autowired
    ApplicationEvents events;

    String category;
    long hoanKiem;

    @BeforeEach
    void ownCategory() {
        category = FeedbackTesting.category(jdbc, caches, true, 5);
        hoanKiem = FeedbackTesting.unit(org, "Phường Hoàn Kiếm");
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    <T> T as(String username, Supplier<T> action) {
        return FeedbackTesting.as(accounts, org, username, action);
    }

    void run(String username, Runnable action) {
        FeedbackTesting.run(accounts, org, username, action);
    }

    String filed(String citizen) {
        return as(
                        citizen,
                        () -> feedback.submit(command(
                                category,
                                hoanKiem,
                                FeedbackTesting.pointInHoanKiem(),
                                List.of(new PhotoUpload("hien-truong.jpg", "image/jpeg", TestImages.jpeg(30, 20))))))
                .code();
    }

    AnswerCommand answerWithPhoto() {
        return new AnswerCommand(
                "Đã thay bóng đèn, đèn sáng trở lại.",
                List.of(new PhotoUpload("da-sua.jpg", "image/jpeg", TestImages.jpegWithGps())));
    }

    long accountId(String username) {
        return FeedbackTesting.account(accounts, username).id();
    }

    static ZonedDateTime at(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(CivicTime.ZONE);
    }

    @Test
    void deadlinesCountWorkingHoursAcrossTheWeekendAndUrgentOnesClockHours() {
        clock.travelTo(at("2026-03-06T16:00")); // a Friday
        String normal = filed(CITIZEN);
        String urgent = as(
                        CITIZEN,
                        () -> feedback.submit(CommandBuilder.report(category, "Cây đổ chắn đường")
                                .at(21.03, 105.85)
                                .unit(hoanKiem)
                                .urgent()
                                .build()))
                .code();

        StaffReport report = as(OFFICER, () -> feedback.staffReport(normal));
        // 8 working hours: Friday 16-17, Monday 8-12 and 13-16
        assertThat(report.acknowledgeDueAt())
                .isCloseTo(at("2026-03-09T16:00").toInstant(), within(2, ChronoUnit.SECONDS));
        // 5 working days of the category
        assertThat(report.resolveDueAt()).isCloseTo(at("2026-03-13T16:00").toInstant(), within(2, ChronoUnit.SECONDS));
        assertThat(feedback.publicReport(normal).orElseThrow().expectedAt())
                .isCloseTo(at("2026-03-13T16:00").toInstant(), within(2, ChronoUnit.SECONDS));
        StaffReport urgentReport = as(OFFICER, () -> feedback.staffReport(urgent));
        assertThat(urgentReport.resolveDueAt())
                .isCloseTo(at("2026-03-06T20:00").toInstant(), within(2, ChronoUnit.SECONDS));

        clock.travelTo(at("2026-03-06T19:30"));
        assertThat(flag(urgent)).isEqualTo(DeadlineFlag.DUE_SOON);
        assertThat(flag(normal)).isEqualTo(DeadlineFlag.ON_TIME);
        clock.travelTo(at("2026-03-09T13:00"));
        assertThat(flag(urgent)).isEqualTo(DeadlineFlag.OVERDUE);
        assertThat(flag(normal)).isEqualTo(DeadlineFlag.DUE_SOON);
        QueuePage overdue = as(
                OFFICER,
                () -> feedback.queue(new QueueFilter(null, category, DeadlineFlag.OVERDUE, false, null, 0, 20)));
        assertThat(overdue.items()).extracting(QueueItem::code).containsExactly(urgent);
        assertThat(overdue.overdueCount()).isEqualTo(1);
        assertThat(overdue.dueSoonCount()).isEqualTo(1);

        clock.travelTo(at("2026-03-09T14:00"));
        run(OFFICER, () -> feedback.acknowledge(normal, null));
        clock.travelTo(at("2026-03-12T09:00"));
        StaffReport acknowledged = as(OFFICER, () -> feedback.staffReport(normal));
        assertThat(acknowledged.flag()).isEqualTo(DeadlineFlag.ON_TIME); // now the resolution deadline runs
        assertThat(acknowledged.handlerName()).isEqualTo("Trần Văn Minh");
    }

    DeadlineFlag flag(String code) {
        return as(OFFICER, () -> feedback.queue(new QueueFilter(null, category, null, false, code, 0, 20)))
                .items()
                .getFirst()
                .flag();
    }

    @Test
    void aUnitThatIsNotResponsibleReturnsTheReportToTheDeskWhichRoutesItElsewhere() {
        String code = filed(CITIZEN);
        assertThatThrownBy(() -> run(OFFICER, () -> feedback.returnToDesk(code, " ")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(FeedbackError.REASON_REQUIRED));

        run(OFFICER, () -> feedback.returnToDesk(code, "Tuyến phố do Sở Xây dựng quản lý."));

        StaffReport atDesk = as(DESK, () -> feedback.staffReport(code));
        assertThat(atDesk.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(atDesk.publicView().agencyId())
                .isEqualTo(FeedbackTesting.agency(org, DemoAgencies.HANOI).id());
        assertThat(atDesk.returnReason()).isEqualTo("Tuyến phố do Sở Xây dựng quản lý.");
        assertThat(feedback.publicReport(code).orElseThrow().statusNote()).doesNotContain("Sở Xây dựng");

        long construction =
                FeedbackTesting.agency(org, DemoAgencies.HANOI_CONSTRUCTION).id();
        run(DESK, () -> feedback.route(code, construction, "Chuyển Sở Xây dựng"));

        StaffReport routed = as(DESK, () -> feedback.staffReport(code));
        assertThat(routed.status()).isEqualTo(ReportStatus.ROUTED);
        assertThat(routed.publicView().agencyId()).isEqualTo(construction);
        assertThat(routed.history())
                .extracting(ReportHistoryEntry::action)
                .containsExactly("submitted", "returned", "routed");
        StaffReport seenByWard = as(OFFICER, () -> feedback.staffReport(code));
        assertThat(seenByWard.mayAct()).isFalse();
        assertThatThrownBy(() -> run(OFFICER, () -> feedback.acknowledge(code, null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> run(DESK, () -> feedback.route(code, 999_999L, null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(FeedbackError.AGENCY_UNKNOWN));
        assertThat(events.stream(FeedbackReportStatusChanged.class)
                        .filter(e -> e.code().equals(code))
                        .map(FeedbackReportStatusChanged::to))
                .containsExactly(ReportStatus.SUBMITTED, ReportStatus.ROUTED);
    }

    @Test
    void anotherAgencysStaffNeitherSeeNorActOnTheReportAndCitizensHaveNoQueue() {
        String code = filed(CITIZEN);

        assertThatThrownBy(() -> as(OTHER_OFFICER, () -> feedback.staffReport(code)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> run(OTHER_OFFICER, () -> feedback.acknowledge(code, null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> run(OTHER_OFFICER, () -> feedback.answer(code, answerWithPhoto())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> run(OTHER_OFFICER, () -> feedback.returnToDesk(code, "không phải của tôi")))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(OTHER_OFFICER, () -> feedback.queue(new QueueFilter(null, category, null, false, null, 0, 50)))
                        .items())
                .isEmpty();
        assertThat(as(OFFICER, () -> feedback.queue(new QueueFilter(null, category, null, false, null, 0, 50)))
                        .items())
                .extracting(QueueItem::code)
                .containsExactly(code);
        assertThatThrownBy(() -> as(CITIZEN, () -> feedback.queue(QueueFilter.open())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(CITIZEN, () -> feedback.staffReport(code)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run(WARD_ADMIN, () -> feedback.acknowledge(code, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run(CITIZEN2, () -> feedback.rate(code, 5, null)))
                .isInstanceOf(NotFoundException.class);
        long photo = feedback.publicReport(code).orElseThrow().photoIds().getFirst();
        assertThatThrownBy(() -> as(OTHER_OFFICER, () -> feedback.staffFile(code, photo)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(OFFICER, () -> feedback.myReports(10, 0)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void citizensFollowAndUnfollowButTheReporterKeepsFollowing() {
        String code = filed(CITIZEN);
        assertThat(as(CITIZEN2, () -> feedback.myReport(code))).isEmpty();

        run(CITIZEN2, () -> feedback.follow(code));
        run(CITIZEN2, () -> feedback.follow(code));
        assertThat(as(CITIZEN2, () -> feedback.myReport(code)).orElseThrow().following())
                .isTrue();
        assertThat(as(OFFICER, () -> feedback.staffReport(code)).followers()).isEqualTo(2);

        run(CITIZEN2, () -> feedback.unfollow(code));
        assertThat(as(CITIZEN2, () -> feedback.myReport(code))).isEmpty();
        assertThatThrownBy(() -> run(CITIZEN, () -> feedback.unfollow(code))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> run(OFFICER, () -> feedback.follow(code))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> FeedbackTesting.anonymous(() -> {
                    feedback.follow(code);
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyTheRoutingDesksStaffRouteMergeAndModerate() {
        String code = filed(CITIZEN);
        String other = filed(CITIZEN2);
        long construction =
                FeedbackTesting.agency(org, DemoAgencies.HANOI_CONSTRUCTION).id();
        for (String wardStaff : List.of(CLERK, WARD_ADMIN, OFFICER)) {
            assertThatThrownBy(() -> run(wardStaff, () -> feedback.route(code, construction, null)))
                    .as(wardStaff)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> run(wardStaff, () -> feedback.merge(other, code)))
                    .as(wardStaff)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> run(wardStaff, () -> feedback.hide(code, "spam")))
                    .as(wardStaff)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(feedback.publicReport(code).orElseThrow().status()).isEqualTo(ReportStatus.ROUTED);
    }

    @Test
    void theLeaderNamesTheHandlerWhoMustBeTheAgencysStaff() {
        String code = filed(CITIZEN);
        assertThatThrownBy(() -> run(LEADER, () -> feedback.acknowledge(code, accountId(OTHER_OFFICER))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(FeedbackError.HANDLER_INVALID));
        assertThatThrownBy(() -> run(LEADER, () -> feedback.acknowledge(code, accountId(CITIZEN))))
                .isInstanceOf(InvalidInputException.class);

        run(LEADER, () -> feedback.acknowledge(code, accountId(OFFICER)));
        run(LEADER, () -> feedback.assignHandler(code, accountId(OFFICER2)));

        StaffReport report = as(OFFICER2, () -> feedback.staffReport(code));
        assertThat(report.status()).isEqualTo(ReportStatus.IN_PROGRESS);
        assertThat(report.handlerAccountId()).isEqualTo(accountId(OFFICER2));
        assertThat(as(OFFICER2, () -> feedback.queue(new QueueFilter(null, category, null, true, null, 0, 20)))
                        .items())
                .extracting(QueueItem::code)
                .containsExactly(code);
        assertThat(as(OFFICER, () -> feedback.queue(new QueueFilter(null, category, null, true, null, 0, 20)))
                        .items())
                .isEmpty();
        assertThatThrownBy(() -> run(LEADER, () -> feedback.acknowledge(code, null)))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(FeedbackError.ACTION_NOT_ALLOWED));
    }

    @Test
    void anAnswerNeedsTextAndEvidenceAndIsPublishedWithIt() {
        String code = filed(CITIZEN);
        assertThatThrownBy(() -> run(OFFICER, () -> feedback.answer(code, new AnswerCommand(" ", List.of()))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(FeedbackError.ANSWER_EVIDENCE_REQUIRED);
                    assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("text", "evidence");
                });
        assertThatThrownBy(() -> run(OFFICER, () -> feedback.answer(code, new AnswerCommand("Đã xử lý", List.of()))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field)
                                .containsExactly("evidence"));
        byte[] script = "%PDF-1.4 <script>".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> run(
                        OFFICER,
                        () -> feedback.answer(
                                code,
                                new AnswerCommand(
                                        "Đã xử lý",
                                        List.of(new PhotoUpload("bien-ban.pdf", "application/pdf", script))))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::code)
                                .containsExactly("feedback_evidence_type"));
        assertThat(feedback.publicReport(code).orElseThrow().status()).isEqualTo(ReportStatus.ROUTED);

        run(
                OFFICER,
                () -> feedback.answer(
                        code,
                        new AnswerCommand(
                                "Đã thay bóng đèn, đèn sáng trở lại.",
                                List.of(
                                        new PhotoUpload("da-sua.jpg", "image/jpeg", TestImages.jpegWithGps()),
                                        new PhotoUpload("bien-ban.pdf", "application/pdf", PDF)))));

        PublicReport report = feedback.publicReport(code).orElseThrow();
        assertThat(report.status()).isEqualTo(ReportStatus.ANSWERED);
        assertThat(report.expectedAt()).isNull();
        PublishedAnswer answer = report.answer();
        assertThat(answer.text()).isEqualTo("Đã thay bóng đèn, đèn sáng trở lại.");
        assertThat(answer.agencyName())
                .isEqualTo(FeedbackTesting.agency(org, DemoAgencies.HOAN_KIEM).name());
        assertThat(answer.evidencePhotoIds()).hasSize(1);
        assertThat(answer.evidenceDocumentIds()).hasSize(1);
        StoredPhoto evidence =
                feedback.publicPhoto(code, answer.evidencePhotoIds().getFirst()).orElseThrow();
        assertThat(TestImages.contains(evidence.content(), TestImages.latitudeBytes()))
                .isFalse();
        assertThat(feedback.publicPhoto(code, answer.evidenceDocumentIds().getFirst())
                        .orElseThrow()
                        .contentType())
                .isEqualTo("application/pdf");
        assertThat(report.statusNote()).contains("Đã thay bóng đèn");
        assertThat(events.stream(FeedbackReportAnswered.class)
                        .filter(e -> e.code().equals(code)))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.answerText()).isEqualTo("Đã thay bóng đèn, đèn sáng trở lại.");
                    assertThat(e.publicUrlPath()).isEqualTo("/feedback/reports/" + code);
                    assertThat(e.channel()).isEqualTo(ReportChannel.WEB);
                });
        List<ReportUpdate> updates = feedback.updatesOf(code);
        assertThat(updates)
                .extracting(ReportUpdate::statusAfter)
                .containsExactly(ReportStatus.ROUTED, ReportStatus.ANSWERED);
        assertThat(updates.getLast().mediaUrlPath())
                .isEqualTo(FeedbackPaths.file(code, answer.evidencePhotoIds().getFirst()));
        assertThat(audited(code)).contains("feedback.submitted", "feedback.answered");
    }

    List<String> audited(String code) {
        return jdbc.sql("select action from audit_entry where object_type = 'FeedbackReport' and object_id = ?"
                        + " order by seq")
                .param(code)
                .query(String.class)
                .list();
    }

    @Test
    void theReporterRatesTheAnswerOnce() {
        String code = filed(CITIZEN);
        assertThatThrownBy(() -> run(CITIZEN, () -> feedback.rate(code, 5, null)))
                .isInstanceOf(ConflictException.class);
        run(OFFICER, () -> feedback.answer(code, answerWithPhoto()));
        assertThat(as(CITIZEN, () -> feedback.myReport(code)).orElseThrow().mayRate())
                .isTrue();
        assertThatThrownBy(() -> run(CITIZEN, () -> feedback.rate(code, 6, null)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> run(CITIZEN2, () -> feedback.rate(code, 1, null)))
                .isInstanceOf(NotFoundException.class);

        run(CITIZEN, () -> feedback.rate(code, 5, "Xử lý nhanh"));

        PublicReport report = feedback.publicReport(code).orElseThrow();
        assertThat(report.status()).isEqualTo(ReportStatus.CLOSED);
        assertThat(report.rating()).isEqualTo(5);
        assertThat(as(CITIZEN, () -> feedback.myReport(code)).orElseThrow().mayRate())
                .isFalse();
        assertThatThrownBy(() -> run(CITIZEN, () -> feedback.rate(code, 1, "đổi ý")))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.errorCode()).isEqualTo(FeedbackError.ALREADY_RATED));
        assertThat(feedback.publicReport(code).orElseThrow().rating()).isEqualTo(5);
    }

    @Test
    void theReporterReopensOnlyWithinTheWindowAfterTheAnswer() {
        String late = filed(CITIZEN);
        String inTime = filed(CITIZEN);
        run(OFFICER, () -> feedback.answer(late, answerWithPhoto()));
        run(OFFICER, () -> feedback.answer(inTime, answerWithPhoto()));

        clock.travelTo(ZonedDateTime.now(CivicTime.ZONE).plusDays(8));
        assertThatThrownBy(() -> run(CITIZEN, () -> feedback.reopen(late, "Đèn lại tắt")))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(FeedbackError.REOPEN_WINDOW_PASSED));
        assertThat(as(CITIZEN, () -> feedback.myReport(late)).orElseThrow().mayReopen())
                .isFalse();

        clock.travelTo(ZonedDateTime.now(CivicTime.ZONE).plusDays(3));
        assertThat(as(CITIZEN, () -> feedback.myReport(inTime)).orElseThrow().mayReopen())
                .isTrue();
        assertThatThrownBy(() -> run(CITIZEN2, () -> feedback.reopen(inTime, "không phải của tôi")))
                .isInstanceOf(NotFoundException.class);
        run(CITIZEN, () -> feedback.reopen(inTime, "Đèn lại tắt sau hai hôm"));

        StaffReport reopened = as(OFFICER, () -> feedback.staffReport(inTime));
        assertThat(reopened.status()).isEqualTo(ReportStatus.REOPENED);
        assertThat(reopened.resolveDueAt()).isAfter(Instant.now().plus(Duration.ofDays(3)));
        assertThat(reopened.flag()).isEqualTo(DeadlineFlag.ON_TIME);
        run(OFFICER, () -> feedback.answer(inTime, answerWithPhoto()));
        run(CITIZEN, () -> feedback.rate(inTime, 4, null));
        assertThat(feedback.publicReport(inTime).orElseThrow().rating()).isEqualTo(4);
    }

    @Test
    void aMergedDuplicatePointsAtTheOriginalWhoseFollowersItsReporterJoins() {
        String original = filed(CITIZEN);
        String duplicate = filed(CITIZEN2);
        String otherCategory = as(
                        CITIZEN2,
                        () -> feedback.submit(command(
                                FeedbackTesting.category(jdbc, caches, true, null),
                                hoanKiem,
                                FeedbackTesting.pointInHoanKiem(),
                                List.of())))
                .code();
        assertThatThrownBy(() -> run(DESK, () -> feedback.merge(original, original)))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.errorCode()).isEqualTo(FeedbackError.MERGE_INVALID));
        assertThatThrownBy(() -> run(DESK, () -> feedback.merge(otherCategory, original)))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.errorCode()).isEqualTo(FeedbackError.MERGE_INVALID));

        run(DESK, () -> feedback.merge(duplicate, original));

        PublicReport merged = feedback.publicReport(duplicate).orElseThrow();
        assertThat(merged.status()).isEqualTo(ReportStatus.MERGED);
        assertThat(merged.mergedInto()).isEqualTo(original);
        assertThat(merged.statusNote()).contains(original);
        MyReport followed = as(CITIZEN2, () -> feedback.myReport(original)).orElseThrow();
        assertThat(followed.following()).isTrue();
        assertThat(followed.reporter()).isFalse();
        assertThat(as(OFFICER, () -> feedback.staffReport(original)).followers())
                .isEqualTo(2);
        assertThat(as(CITIZEN2, () -> feedback.myReports(50, 0)))
                .extracting(m -> m.report().code())
                .contains(original, duplicate);
        assertThatThrownBy(() -> run(DESK, () -> feedback.merge(original, duplicate)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void hiddenPhotosAndReportsAreNoLongerServedToThePublic() {
        String code = filed(CITIZEN);
        long photo = feedback.publicReport(code).orElseThrow().photoIds().getFirst();
        assertThatThrownBy(() -> run(DESK, () -> feedback.hidePhoto(code, photo, "")))
                .isInstanceOf(InvalidInputException.class);

        run(DESK, () -> feedback.hidePhoto(code, photo, "Ảnh có biển số xe và khuôn mặt người qua đường"));

        assertThat(feedback.publicPhoto(code, photo)).isEmpty();
        assertThat(feedback.publicReport(code).orElseThrow().photoIds()).isEmpty();
        assertThat(as(OFFICER, () -> feedback.staffFile(code, photo))).isPresent();
        assertThat(as(OFFICER, () -> feedback.staffReport(code)).files())
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.hidden()).isTrue();
                    assertThat(f.hiddenReason()).contains("biển số xe");
                });

        run(DESK, () -> feedback.hide(code, "Nội dung xúc phạm"));

        PublicReport hidden = feedback.publicReport(code).orElseThrow();
        assertThat(hidden.status()).isEqualTo(ReportStatus.HIDDEN);
        assertThat(hidden.description()).isNull();
        assertThat(hidden.latitude()).isNull();
        assertThat(feedback.listPublic(PublicReportFilter.all().withCategoryCodes(List.of(category)))
                        .reports())
                .isEmpty();
        assertThat(feedback.updatesOf(code))
                .extracting(ReportUpdate::statusAfter)
                .containsExactly(ReportStatus.HIDDEN);
        assertThatThrownBy(() -> run(CITIZEN, () -> feedback.follow(code))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theDashboardCountsOnTimeAndSatisfactionWithinTheLeadersScope() {
        Instant from = Instant.now().minusSeconds(60);
        String onTime = filed(CITIZEN);
        String unsatisfied = filed(CITIZEN);
        filed(CITIZEN2);
        run(OFFICER, () -> feedback.answer(onTime, answerWithPhoto()));
        run(OFFICER, () -> feedback.answer(unsatisfied, answerWithPhoto()));
        run(CITIZEN, () -> feedback.rate(onTime, 5, null));
        run(CITIZEN, () -> feedback.rate(unsatisfied, 1, "Chưa sửa hết"));
        DashboardFilter filter = new DashboardFilter(from, Instant.now().plusSeconds(60), null, category);

        DashboardFigures figures = as(LEADER, () -> feedback.dashboard(filter));

        FigureRow total = figures.total();
        assertThat(total.received()).isEqualTo(3);
        assertThat(total.open()).isEqualTo(1);
        assertThat(total.answered()).isEqualTo(2);
        assertThat(total.answeredOnTime()).isEqualTo(2);
        assertThat(total.rated()).isEqualTo(2);
        assertThat(total.unsatisfied()).isEqualTo(1);
        assertThat(total.onTimeRate()).isEqualTo(1.0);
        assertThat(total.satisfactionRate()).isEqualTo(0.5);
        jdbc.sql("update feedback_report set answered_on_time = false where code = ?")
                .param(unsatisfied)
                .update();
        FigureRow lateAndUnsatisfied =
                as(LEADER, () -> feedback.dashboard(filter)).total();
        assertThat(lateAndUnsatisfied.onTimeRate()).isEqualTo(0.5);
        assertThat(lateAndUnsatisfied.satisfactionRate())
                .as("a report both late and unsatisfied is taken off once")
                .isEqualTo(0.5);
        assertThat(figures.byCategory()).extracting(FigureRow::key).containsExactly(category);
        assertThat(figures.byAgency())
                .singleElement()
                .satisfies(r -> assertThat(r.labelVi()).isEqualTo("Ủy ban nhân dân Phường Hoàn Kiếm"));
        assertThat(figures.byStatus()).containsEntry(ReportStatus.CLOSED, 2L).containsEntry(ReportStatus.ROUTED, 1L);
        assertThat(as(LEADER, () -> feedback.exportRows(filter, 100))).hasSize(3);

        long hongBang = FeedbackTesting.agency(org, DemoAgencies.HONG_BANG).id();
        assertThatThrownBy(
                        () -> as(LEADER, () -> feedback.dashboard(new DashboardFilter(from, null, hongBang, category))))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(FeedbackTesting.OTHER_OFFICER.replace("chuyenvien", "lanhdao"), () -> feedback.dashboard(filter))
                        .total()
                        .received())
                .isZero();
        assertThatThrownBy(() -> as(OFFICER, () -> feedback.dashboard(filter)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(DESK, () -> feedback.dashboard(filter)).total().received())
                .isEqualTo(3);
    }

    @Test
    void theQueueFindsReportsByCodeOrWordsWithoutDiacritics() {
        String code = as(
                        CITIZEN,
                        () -> feedback.submit(CommandBuilder.report(
                                        category, "Nắp hố ga bị vỡ trước cửa trường Tiểu học Trần Quốc Toản")
                                .at(21.03, 105.85)
                                .unit(hoanKiem)
                                .build()))
                .code();
        filed(CITIZEN);
        for (String text : List.of("nap ho ga", "TRAN QUOC TOAN", code)) {
            assertThat(as(OFFICER, () -> feedback.queue(new QueueFilter(null, category, null, false, text, 0, 20)))
                            .items())
                    .as(text)
                    .extracting(QueueItem::code)
                    .containsExactly(code);
        }
        assertThat(as(OFFICER, () -> feedback.queue(new QueueFilter(null, category, null, false, "100%_", 0, 20)))
                        .items())
                .isEmpty();
    }

    static byte[] pdf() {
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument();
                var out = new java.io.ByteArrayOutputStream()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.save(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
