package vn.civic.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.civic.org.OrgDirectory;
import vn.civic.org.demo.DemoAgencies;
import vn.civic.platform.security.Privilege;
import vn.civic.test.CivicTest;

/** What other modules read of the accounts, on the demo city. */
@CivicTest
class AccountDirectoryTest {

    @Autowired
    AccountDirectory accounts;

    @Autowired
    OrgDirectory org;

    @Test
    void aCitizenIsFoundByThePersonalIdentificationNumberAsPeopleTypeIt() {
        AccountView citizen = accounts.findByPersonalIdNumber("001 085 012 345").orElseThrow();
        assertThat(citizen.kind()).isEqualTo(AccountKind.CITIZEN);
        assertThat(citizen.fullName()).isEqualTo("Nguyễn Văn An");
        assertThat(citizen.username()).isEqualTo("001085012345");
        assertThat(citizen.privileges()).containsExactlyInAnyOrder(Privilege.SELF_SERVICE, Privilege.FEEDBACK_SUBMIT);
        assertThat(accounts.findByPersonalIdNumber("001085012346")).isEmpty();
        assertThat(accounts.findByPersonalIdNumber("khong-phai-so")).isEmpty();
        assertThat(accounts.findByPersonalIdNumber(null)).isEmpty();
    }

    @Test
    void aBusinessIsFoundByItsTaxCode() {
        AccountView business = accounts.findByTaxCode("0109123458").orElseThrow();
        assertThat(business.kind()).isEqualTo(AccountKind.BUSINESS);
        assertThat(business.taxCode()).isEqualTo("0109123458");
        assertThat(business.personalIdNumber()).isNull();
    }

    @Test
    void staffAreFoundByUsernameAndByAgency() {
        AccountView officer = accounts.findByUsername(" ChuyenVien.HoanKiem").orElseThrow();
        assertThat(officer.actorId()).isEqualTo("account:" + officer.id());
        assertThat(officer.privileges())
                .containsExactlyInAnyOrder(
                        Privilege.WORKSPACE_ACCESS,
                        Privilege.DOSSIER_PROCESS,
                        Privilege.DOCUMENT_HANDLE,
                        Privilege.FEEDBACK_HANDLE);
        long hoanKiem =
                org.findAgencyByCode(DemoAgencies.HOAN_KIEM).orElseThrow().id();
        assertThat(officer.agencyId()).isEqualTo(hoanKiem);
        assertThat(accounts.activeStaffOf(hoanKiem))
                .extracting(AccountView::username)
                .contains("vanthu.hoankiem", "chuyenvien.hoankiem", "lanhdao.hoankiem", "quantri.hoankiem")
                .doesNotContain("chuyenvien.hongbang", "001085012345");
    }

    @Test
    void theCityAdministratorsHoldTheCityWidePrivileges() {
        for (String username : new String[] {"quantri.hanoi", "quantri.haiphong"}) {
            assertThat(accounts.findByUsername(username).orElseThrow().privileges())
                    .contains(Privilege.STAFF_MANAGE, Privilege.CALENDAR_MANAGE, Privilege.UNIT_MANAGE);
        }
        assertThat(accounts.findByUsername("quantri.hoankiem").orElseThrow().privileges())
                .contains(Privilege.STAFF_MANAGE)
                .doesNotContain(Privilege.CALENDAR_MANAGE);
    }
}
