package vn.civic.org;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.civic.org.OrgTesting.organisationCode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.civic.org.demo.DemoAgencies;
import vn.civic.test.CivicTest;
import vn.civic.test.TestActors;
import vn.civic.test.TestActors.TestActor;

/**
 * The directory every module reads is kept in memory, yet an edit is seen at once on this node, and what a
 * transaction changed and then rolled back is never what a reader finds afterwards.
 */
@CivicTest
class OrgDirectoryCacheTest {

    @Autowired
    OrgDirectory directory;

    @Autowired
    AgencyEditor agencies;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void anEditIsSeenAtOnceAndARolledBackOneNever() {
        AgencyView hanoi = directory.findAgencyByCode(DemoAgencies.HANOI).orElseThrow();
        TestActor admin = TestActors.staff(hanoi.id(), hanoi.code());
        String code = organisationCode();
        AgencyDetails created =
                OrgTesting.as(admin, () -> agencies.create(named(code, "Ban thử nghiệm bộ nhớ đệm", hanoi)));
        long id = created.agency().id();
        // read twice: the second answer is the kept one
        assertThat(directory.findAgency(id).orElseThrow().name()).isEqualTo("Ban thử nghiệm bộ nhớ đệm");
        assertThat(directory.findAgencyByCode(code).orElseThrow().name()).isEqualTo("Ban thử nghiệm bộ nhớ đệm");

        OrgTesting.as(admin, () -> agencies.update(id, created.version(), named(code, "Ban đã đổi tên", hanoi)));
        assertThat(directory.findAgency(id).orElseThrow().name()).isEqualTo("Ban đã đổi tên");
        assertThat(directory.findAgencyByCode(code).orElseThrow().name()).isEqualTo("Ban đã đổi tên");

        long version = OrgTesting.as(admin, () -> agencies.get(id)).version();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            OrgTesting.as(admin, () -> agencies.update(id, version, named(code, "Tên không bao giờ lưu", hanoi)));
            // read inside the editing transaction: it sees its own change, which must not be kept
            assertThat(directory.findAgency(id).orElseThrow().name()).isEqualTo("Tên không bao giờ lưu");
            status.setRollbackOnly();
        });
        assertThat(directory.findAgency(id).orElseThrow().name()).isEqualTo("Ban đã đổi tên");
    }

    /** An agency of kind OTHER under {@code parent}, with only a code and a name. */
    private static AgencyCommand named(String code, String name, AgencyView parent) {
        return new AgencyCommand(code, name, null, null, AgencyKind.OTHER, parent.id(), null, null, null, null);
    }
}
