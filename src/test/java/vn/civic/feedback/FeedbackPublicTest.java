package vn.civic.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.civic.feedback.FeedbackTesting.CITIZEN;
import static vn.civic.feedback.FeedbackTesting.DESK;
import static vn.civic.feedback.FeedbackTesting.OFFICER;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.civic.feedback.PublicReportFilter.BoundingBox;
import vn.civic.feedback.PublicReportFilter.Circle;
import vn.civic.identity.AccountDirectory;
import vn.civic.org.OrgDirectory;
import vn.civic.org.demo.DemoAgencies;
import vn.civic.platform.cache.ReferenceCaches;
import vn.civic.test.CivicTest;

/** What anyone may read: the list with its filters, nearby open reports, the public updates. */
@CivicTest
class FeedbackPublicTest {

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

    String category;
    long hoanKiem;

    @BeforeEach
    void ownCategory() {
        category = FeedbackTesting.category(jdbc, caches, true, null);
        hoanKiem = FeedbackTesting.unit(org, "Phường Hoàn Kiếm");
    }

    <T> T as(String username, Supplier<T> action) {
        return FeedbackTesting.as(accounts, org, username, action);
    }

    String at(String categoryCode, double latitude, double longitude) {
        return as(
                        CITIZEN,
                        () -> feedback.submit(CommandBuilder.report(categoryCode, "Đèn hỏng")
                                .at(latitude, longitude)
                                .unit(hoanKiem)
                                .build()))
                .code();
    }

    List<String> codes(PublicReportFilter filter) {
        return feedback.listPublic(filter).reports().stream()
                .map(PublicReport::code)
                .toList();
    }

    @Test
    void nearbyOpenReportsOfTheSameCategoryAreOfferedNearestFirst() {
        // about 11 m, 55 m and 330 m north of the point; one of another category on the point itself
        String near = at(category, 21.02510, 105.85200);
        String nearer = at(category, 21.02460, 105.85200);
        String far = at(category, 21.02750, 105.85200);
        String otherCategory = at(FeedbackTesting.category(jdbc, caches, true, null), 21.02450, 105.85200);
        String answered = at(category, 21.02452, 105.85200);
        FeedbackTesting.run(
                accounts,
                org,
                OFFICER,
                () -> feedback.answer(
                        answered,
                        new AnswerCommand(
                                "Đã sửa", List.of(new PhotoUpload("a.jpg", "image/jpeg", TestImages.jpeg(8, 8))))));

        List<PublicReport> offered = feedback.nearbyOpen(category, 21.02450, 105.85200, 150, 10);

        assertThat(offered).extracting(PublicReport::code).containsExactly(nearer, near);
        assertThat(offered).extracting(PublicReport::code).doesNotContain(far, otherCategory, answered);
        assertThat(feedback.nearbyOpen(category, 21.02450, 105.85200, 500, 10))
                .extracting(PublicReport::code)
                .containsExactly(nearer, near, far);
    }

    @Test
    void thePublicListFiltersByCategoryStatusTimeAgencyUnitAndPlace() {
        Instant before = Instant.now();
        String first = at(category, 21.0300, 105.8500);
        String second = at(category, 21.0350, 105.8550);
        String answered = at(category, 21.0301, 105.8501);
        FeedbackTesting.run(
                accounts,
                org,
                OFFICER,
                () -> feedback.answer(
                        answered,
                        new AnswerCommand(
                                "Đã sửa", List.of(new PhotoUpload("a.jpg", "image/jpeg", TestImages.jpeg(8, 8))))));
        PublicReportFilter mine = PublicReportFilter.all().withCategoryCodes(List.of(category));

        assertThat(codes(mine)).containsExactly(answered, second, first);
        assertThat(codes(mine.withStatuses(ReportStatus.OPEN))).containsExactly(second, first);
        assertThat(codes(mine.withStatuses(ReportStatus.CLOSED_STATUSES))).containsExactly(answered);
        assertThat(codes(mine.withCodes(List.of(first, answered)))).containsExactly(answered, first);
        assertThat(codes(mine.withSubmitted(before, Instant.now()))).hasSize(3);
        assertThat(codes(mine.withSubmitted(null, before))).isEmpty();
        assertThat(codes(mine.withUpdated(Instant.now().plusSeconds(5), null))).isEmpty();
        long ward = FeedbackTesting.agency(org, DemoAgencies.HOAN_KIEM).id();
        assertThat(codes(mine.withAgency(ward))).hasSize(3);
        assertThat(codes(mine.withAgency(ward + 100_000))).isEmpty();
        long hanoi = org.unitPath(hoanKiem).getFirst().id();
        assertThat(codes(mine.withAdminUnit(hanoi))).hasSize(3);
        assertThat(codes(mine.withAdminUnit(FeedbackTesting.unit(org, "Phường Hồng Bàng"))))
                .isEmpty();
        assertThat(codes(mine.withBox(new BoundingBox(21.029, 105.849, 21.031, 105.851))))
                .containsExactly(answered, first);
        assertThat(codes(mine.withNear(new Circle(21.0300, 105.8500, 50)))).containsExactly(answered, first);
        PublicReportPage page = feedback.listPublic(mine.withPage(2, 0));
        assertThat(page.reports()).hasSize(2);
        assertThat(page.more()).isTrue();
        assertThat(feedback.listPublic(mine.withPage(2, 2)).more()).isFalse();
        assertThat(feedback.listPublic(
                                mine.withNear(new Circle(21.0300, 105.8500, 50)).withPage(1, 1))
                        .reports())
                .extracting(PublicReport::code)
                .containsExactly(first);
    }

    @Test
    void theUpdatesFeedShowsEveryPublicStepInOrderButNoInternalNote() {
        Instant start = Instant.now();
        String code = at(category, 21.0350, 105.8520);
        FeedbackTesting.run(accounts, org, OFFICER, () -> feedback.returnToDesk(code, "Ghi chú nội bộ bí mật"));
        long ward = FeedbackTesting.agency(org, DemoAgencies.HOAN_KIEM).id();
        FeedbackTesting.run(accounts, org, DESK, () -> feedback.route(code, ward, "Chuyển lại phường"));
        FeedbackTesting.run(accounts, org, OFFICER, () -> feedback.acknowledge(code, null));

        List<ReportUpdate> updates = feedback.updates(start, Instant.now().plusSeconds(1), 10_000).stream()
                .filter(u -> u.reportCode().equals(code))
                .toList();

        assertThat(updates)
                .extracting(ReportUpdate::statusAfter)
                .containsExactly(
                        ReportStatus.ROUTED, ReportStatus.SUBMITTED, ReportStatus.ROUTED, ReportStatus.IN_PROGRESS);
        assertThat(updates).extracting(ReportUpdate::description).noneMatch(d -> d.contains("bí mật"));
        assertThat(updates.getLast().description()).contains("đã tiếp nhận");
        assertThat(updates).extracting(ReportUpdate::updateId).isSorted();
        assertThat(feedback.updates(Instant.now().plusSeconds(5), null, 10_000))
                .extracting(ReportUpdate::reportCode)
                .doesNotContain(code);
        assertThat(feedback.updatesOf(code)).isEqualTo(updates);
        assertThat(feedback.updatesOf("PA-1900-000000")).isEmpty();
    }

    @Test
    void hiddenReportsAreListedOnlyWhenAskedForByCodeOrStatus() {
        String code = at(category, 21.0360, 105.8520);
        FeedbackTesting.run(accounts, org, DESK, () -> feedback.hide(code, "Quảng cáo"));
        PublicReportFilter mine = PublicReportFilter.all().withCategoryCodes(List.of(category));
        assertThat(codes(mine)).isEmpty();
        assertThat(codes(mine.withCodes(List.of(code)))).containsExactly(code);
        assertThat(codes(mine.withStatuses(Set.of(ReportStatus.HIDDEN)))).containsExactly(code);
        assertThat(feedback.listPublic(mine.withCodes(List.of(code)))
                        .reports()
                        .getFirst()
                        .description())
                .isNull();
    }
}
