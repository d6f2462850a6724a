package vn.civic.feedback;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.civic.identity.AccountDirectory;
import vn.civic.identity.AccountView;
import vn.civic.org.AdministrativeUnitView;
import vn.civic.org.AgencyView;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.cache.ReferenceCaches;
import vn.civic.platform.security.Privilege;
import vn.civic.test.TestActors;
import vn.civic.test.TestActors.TestActor;

/**
 * What the feedback tests share: categories of their own (the shared database holds every other test's reports),
 * demo accounts acting with their own privileges, machine clients, commands.
 */
public final class FeedbackTesting {

    public static final String CITIZEN = "001085012345";
    public static final String CITIZEN2 = "001190004321";
    public static final String CITIZEN_HP = "031088006789";
    public static final String OFFICER = "chuyenvien.hoankiem";
    public static final String OFFICER2 = "chuyenvien2.hoankiem";
    public static final String LEADER = "lanhdao.hoankiem";
    public static final String CLERK = "vanthu.hoankiem";
    public static final String OTHER_OFFICER = "chuyenvien.hongbang";
    public static final String DESK = "quantri.hanoi";
    public static final String WARD_ADMIN = "quantri.hoankiem";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private FeedbackTesting() {}

    /** A new active on-site category of the test's own, anonymous allowed, resolved in {@code days} working days. */
    public static String category(JdbcClient jdbc, ReferenceCaches caches, boolean anonymous, Integer days) {
        // digits only: letters drawn at random once spelt "ngap", which the chat channel matched as a keyword
        String code = "test-" + System.nanoTime() % 1_000_000_000_000L + "-" + SEQUENCE.incrementAndGet();
        jdbc.sql("""
                        insert into feedback_category (code, name_vi, name_en, description_vi, description_en,
                            category_group, keywords, anonymous_allowed, location_required, resolve_working_days,
                            active, sort_order)
                        values (?, ?, ?, 'Lĩnh vực thử nghiệm', 'A test category', 'ON_SITE', 'thu nghiem', ?, true, ?,
                            true, 900)""")
                .params(code, "Thử nghiệm " + code, "Test " + code, anonymous, days)
                .update();
        caches.forgetAll();
        return code;
    }

    /** Adds a list attribute with the values {@code a} and {@code b} (and a required text) to a test category. */
    public static void attributes(JdbcClient jdbc, ReferenceCaches caches, String category) {
        jdbc.sql("insert into feedback_attribute (category_code, code, datatype, required, attribute_order,"
                        + " description_vi, description_en) values (?, 'kind', 'SINGLEVALUELIST', false, 1, 'Loại',"
                        + " 'Kind'), (?, 'note', 'STRING', true, 2, 'Ghi chú', 'Note')")
                .params(category, category)
                .update();
        for (String key : List.of("a", "b")) {
            jdbc.sql(
                            "insert into feedback_attribute_value (attribute_id, value_key, name_vi, name_en, value_order)"
                                    + " select id, ?, ?, ?, 1 from feedback_attribute where category_code = ? and code = 'kind'")
                    .params(key, key, key, category)
                    .update();
        }
        caches.forgetAll();
    }

    public static long unit(OrgDirectory org, String name) {
        for (AdministrativeUnitView province : org.currentUnitsUnder(null)) {
            for (AdministrativeUnitView unit : org.currentUnitsUnder(province.id())) {
                if (unit.name().equals(name)) {
                    return unit.id();
                }
            }
        }
        throw new IllegalStateException("No unit " + name);
    }

    public static AgencyView agency(OrgDirectory org, String code) {
        return org.findAgencyByCode(code).orElseThrow();
    }

    /** A point in Phường Hoàn Kiếm (by the demo boundaries), a little apart for each call. */
    public static double[] pointInHoanKiem() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return new double[] {21.022 + r.nextDouble(0.01), 105.849 + r.nextDouble(0.007)};
    }

    public static ReportCommand command(String category, Long unit, double[] point, List<PhotoUpload> photos) {
        return new ReportCommand(
                category,
                "Đèn đường không sáng, đoạn phố tối om vào ban đêm.",
                point == null ? null : point[0],
                point == null ? null : point[1],
                point == null ? null : "Phố thử nghiệm, Phường Hoàn Kiếm",
                unit,
                Map.of(),
                photos,
                new ReporterContact("Người thử nghiệm", "nguoi.thu@example.vn", "0912 345 678", null),
                false,
                ReportChannel.WEB,
                null,
                null);
    }

    public static AccountView account(AccountDirectory accounts, String username) {
        return accounts.findByUsername(username).orElseThrow();
    }

    /** Runs the action as the demo account with its own privileges. */
    public static <T> T as(AccountDirectory accounts, OrgDirectory org, String username, Supplier<T> action) {
        AccountView a = account(accounts, username);
        String agencyCode = a.agencyId() == null
                ? null
                : org.findAgency(a.agencyId()).map(AgencyView::code).orElse(null);
        return with(
                new TestActor(a.actorId(), a.fullName(), a.agencyId(), agencyCode),
                a.privileges().toArray(Privilege[]::new),
                action);
    }

    public static void run(AccountDirectory accounts, OrgDirectory org, String username, Runnable action) {
        as(accounts, org, username, () -> {
            action.run();
            return null;
        });
    }

    /** Runs the action with nobody signed in. */
    public static <T> T anonymous(Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Runs the action as a machine client of Hà Nội's People's Committee with these privileges. */
    public static <T> T client(OrgDirectory org, Supplier<T> action, Privilege... privileges) {
        AgencyView hanoi = agency(org, "000.00.00.H26");
        return with(
                new TestActor("client:open311-test", "Ứng dụng thử nghiệm", hanoi.id(), hanoi.code()),
                privileges,
                action);
    }

    static <T> T with(TestActor actor, Privilege[] privileges, Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(TestActors.authentication(actor, privileges));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
