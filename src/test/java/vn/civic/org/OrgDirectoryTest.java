package vn.civic.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.civic.org.demo.DemoAgencies;
import vn.civic.test.CivicTest;

/** The organisation as other modules read it, on the demo city. */
@CivicTest
class OrgDirectoryTest {

    @Autowired
    OrgDirectory directory;

    @Autowired
    OrgProperties properties;

    AgencyView agency(String code) {
        return directory.findAgencyByCode(code).orElseThrow();
    }

    @Test
    void cityAdministratorsScopeHoldsTheCitysAgenciesAndNoOtherCitys() {
        var hanoi = directory.agencyScope(agency(DemoAgencies.HANOI).id());
        assertThat(hanoi)
                .contains(
                        agency(DemoAgencies.HANOI).id(),
                        agency(DemoAgencies.HANOI_JUSTICE).id(),
                        agency(DemoAgencies.HOAN_KIEM).id())
                .doesNotContain(
                        agency(DemoAgencies.HAIPHONG).id(),
                        agency(DemoAgencies.HONG_BANG).id());
    }

    @Test
    void wardScopeIsTheWardAlone() {
        long hoanKiem = agency(DemoAgencies.HOAN_KIEM).id();
        assertThat(directory.agencyScope(hoanKiem)).containsExactly(hoanKiem);
    }

    @Test
    void wardCommitteeHasTheDivisionsOfTheTwoTierModel() {
        var departments = directory.departmentsOf(agency(DemoAgencies.HOAN_KIEM).id()).stream()
                .map(DepartmentView::name)
                .toList();
        assertThat(departments)
                .contains(
                        "Văn phòng HĐND và UBND",
                        "Phòng Kinh tế, Hạ tầng và Đô thị",
                        "Phòng Văn hóa - Xã hội",
                        "Trung tâm Phục vụ hành chính công");
    }

    @Test
    void formerDistrictsAreKeptButAreNotCurrentUnits() {
        AgencyView hanoi = agency(DemoAgencies.HANOI);
        List<AdministrativeUnitView> current = directory.currentUnitsUnder(hanoi.administrativeUnitId());
        assertThat(current).extracting(AdministrativeUnitView::name).contains("Phường Hoàn Kiếm", "Xã Bát Tràng");
        assertThat(current).extracting(AdministrativeUnitView::levelCode).containsOnly("COMMUNE");
        assertThat(current).extracting(AdministrativeUnitView::name).doesNotContain("Quận Hoàn Kiếm");
        assertThat(directory.currentUnitsUnder(null))
                .extracting(AdministrativeUnitView::name)
                .contains("Thành phố Hà Nội", "Thành phố Hải Phòng")
                .doesNotContain("Tỉnh Hải Dương");
    }

    @Test
    void unitPathRunsFromTheCityDownToTheWard() {
        long ward = agency(DemoAgencies.HOAN_KIEM).administrativeUnitId();
        assertThat(directory.unitPath(ward))
                .extracting(AdministrativeUnitView::name)
                .containsExactly("Thành phố Hà Nội", "Phường Hoàn Kiếm");
    }

    @Test
    void positionsAreListedHighestFirst() {
        assertThat(directory.positions())
                .first()
                .extracting(PositionView::nameVi)
                .isEqualTo("Chủ tịch");
        assertThat(directory.positions())
                .last()
                .extracting(PositionView::nameVi)
                .isEqualTo("Văn thư");
    }

    @Test
    void organisationCodesFollowDecision20Format() {
        assertThat(properties.isValidOrganisationCode("000.00.00.H26")).isTrue();
        assertThat(properties.isValidOrganisationCode("000.00.12.G22")).isTrue();
        assertThat(properties.isValidOrganisationCode("000.00.00.h26")).isFalse();
        assertThat(properties.isValidOrganisationCode("00.00.00.H26")).isFalse();
        assertThat(properties.isValidOrganisationCode("000.00.00.126")).isFalse();
        assertThat(properties.isValidOrganisationCode("000-00-00-H26")).isFalse();
        assertThat(properties.isValidOrganisationCode("")).isFalse();
        assertThat(properties.isValidOrganisationCode(null)).isFalse();
    }
}
