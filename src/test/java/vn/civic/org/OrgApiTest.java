package vn.civic.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.civic.org.demo.DemoAgencies;
import vn.civic.platform.security.Privilege;
import vn.civic.test.CivicTest;
import vn.civic.test.TestActors;
import vn.civic.test.TestActors.TestActor;

/**
 * The organisation API as another agency's system calls it: a machine client with {@code ORG_READ} and no agency of
 * its own reads the whole city's directory by codes; errors are problem details.
 */
@CivicTest
class OrgApiTest {

    static final TestActor CLIENT = new TestActor("test:client-lgsp", "LGSP thử nghiệm", null, null);

    @Autowired
    MockMvc mvc;

    @Autowired
    OrgDirectory directory;

    @Autowired
    AgencyEditor agencies;

    static MockHttpServletRequestBuilder asClient(MockHttpServletRequestBuilder request) {
        return request.accept(MediaType.APPLICATION_JSON).with(TestActors.as(CLIENT, Privilege.ORG_READ));
    }

    @Test
    void anAgencyIsFoundByItsOrganisationCodeWithItsReferencesAsCodes() throws Exception {
        mvc.perform(asClient(get("/api/org/agencies/" + DemoAgencies.HANOI_JUSTICE)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.code").value(DemoAgencies.HANOI_JUSTICE))
                .andExpect(jsonPath("$.name").value("Sở Tư pháp Thành phố Hà Nội"))
                .andExpect(jsonPath("$.nameEn").value("Hà Nội Department of Justice"))
                .andExpect(jsonPath("$.abbreviation").value("STP"))
                .andExpect(jsonPath("$.kind").value("DEPARTMENT_OF_PROVINCE"))
                .andExpect(jsonPath("$.parentCode").value(DemoAgencies.HANOI))
                .andExpect(jsonPath("$.administrativeUnitCode").value("01"))
                .andExpect(jsonPath("$.address").value("221 Trần Phú, Phường Hà Đông, Hà Nội"))
                .andExpect(jsonPath("$.active").value(true))
                .andExpect(jsonPath("$.id").doesNotExist())
                .andExpect(jsonPath("$.version").doesNotExist());
    }

    @Test
    void theAgencyListIsPagedAndFilteredByTextAndActivity() throws Exception {
        AgencyView hanoi = directory.findAgencyByCode(DemoAgencies.HANOI).orElseThrow();
        TestActor cityAdmin = TestActors.staff(hanoi.id(), hanoi.code());
        String marker = "Đội API " + OrgTesting.random(6);
        AgencyDetails closed = null;
        for (int i = 1; i <= 3; i++) {
            String name = marker + " " + i;
            AgencyDetails created = OrgTesting.as(
                    cityAdmin,
                    () -> agencies.create(new AgencyCommand(
                            OrgTesting.organisationCode(),
                            name,
                            null,
                            null,
                            AgencyKind.OTHER,
                            hanoi.id(),
                            null,
                            null,
                            null,
                            null)));
            closed = created;
        }
        AgencyDetails last = closed;
        OrgTesting.as(cityAdmin, () -> agencies.deactivate(last.id(), last.version()));

        mvc.perform(asClient(get("/api/org/agencies")
                        .param("q", marker.toUpperCase())
                        .param("size", "2")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].name").value(contains(marker + " 1", marker + " 2")))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.totalItems").value(3))
                .andExpect(jsonPath("$.totalPages").value(2));
        mvc.perform(asClient(get("/api/org/agencies")
                        .param("q", marker)
                        .param("size", "2")
                        .param("page", "1")))
                .andExpect(jsonPath("$.items[*].name").value(contains(marker + " 3")));
        mvc.perform(asClient(get("/api/org/agencies").param("q", marker).param("active", "false")))
                .andExpect(jsonPath("$.items[*].name").value(contains(marker + " 3")))
                .andExpect(jsonPath("$.items[0].active").value(false));
        mvc.perform(asClient(get("/api/org/agencies").param("q", DemoAgencies.HAIPHONG)))
                .andExpect(jsonPath("$.items[*].code").value(hasItem(DemoAgencies.HAIPHONG)));
    }

    @Test
    void anAgencysDepartmentsAreListedByName() throws Exception {
        mvc.perform(asClient(get("/api/org/agencies/" + DemoAgencies.HANOI_JUSTICE + "/departments")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code").value(contains("BTTP", "HCTP", "VP")))
                .andExpect(jsonPath("$[1].name").value("Phòng Hành chính tư pháp"))
                .andExpect(jsonPath("$[*].active").value(everyItem(is(true))));
    }

    @Test
    void anUnknownCodeAnswersNotFoundProblemDetails() throws Exception {
        for (String path : new String[] {
            "/api/org/agencies/999.99.99.Z99", "/api/org/agencies/999.99.99.Z99/departments", "/api/org/units/KHONGCO",
        }) {
            mvc.perform(asClient(get(path)))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(404))
                    .andExpect(jsonPath("$.code").value("not_found"))
                    .andExpect(jsonPath("$.type").value("urn:civic:problem:not_found"))
                    .andExpect(jsonPath("$.instance").value(path))
                    .andExpect(jsonPath("$.detail").value("Không tìm thấy trang hoặc dữ liệu bạn yêu cầu."));
        }
        mvc.perform(asClient(get("/api/org/units").param("parent", "KHONGCO"))).andExpect(status().isNotFound());
    }

    @Test
    void unitListsHoldCurrentUnitsOnly() throws Exception {
        mvc.perform(asClient(get("/api/org/units")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code").value(hasItems("01", "31")))
                .andExpect(jsonPath("$[*].code").value(not(hasItem("30"))))
                .andExpect(jsonPath("$[*].parentCode").value(everyItem(nullValue())));
        mvc.perform(asClient(get("/api/org/units").param("parent", "01")))
                .andExpect(jsonPath("$[*].name").value(hasItems("Phường Hoàn Kiếm", "Xã Bát Tràng")))
                .andExpect(jsonPath("$[*].name").value(not(hasItem("Quận Hoàn Kiếm"))))
                .andExpect(jsonPath("$[*].levelCode").value(everyItem(is("COMMUNE"))))
                .andExpect(jsonPath("$[?(@.code == '00070')].validFrom").value(contains("2025-07-01")));
    }

    @Test
    void aFormerUnitByCodeNamesItsLastDayAndSuccessor() throws Exception {
        mvc.perform(asClient(get("/api/org/units/30")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Tỉnh Hải Dương"))
                .andExpect(jsonPath("$.levelCode").value("PROVINCE"))
                .andExpect(jsonPath("$.validTo").value("2025-06-30"))
                .andExpect(jsonPath("$.successorCode").value("31"))
                .andExpect(jsonPath("$.current").value(false));
        mvc.perform(asClient(get("/api/org/units/00070")))
                .andExpect(jsonPath("$.parentCode").value("01"))
                .andExpect(jsonPath("$.current").value(true));
    }

    @Test
    void aCallerWithoutOrgReadIsRefusedWithProblemDetails() throws Exception {
        Privilege[] allButOrgRead = Arrays.stream(Privilege.values())
                .filter(p -> p != Privilege.ORG_READ)
                .toArray(Privilege[]::new);
        for (String path : new String[] {
            "/api/org/agencies",
            "/api/org/agencies/" + DemoAgencies.HANOI,
            "/api/org/units",
            "/api/org/units/01",
            "/api/org/agencies/" + DemoAgencies.HANOI + "/departments"
        }) {
            mvc.perform(get(path).with(TestActors.as(CLIENT, allButOrgRead)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("access_denied"));
        }
        mvc.perform(get("/api/org/agencies")).andExpect(status().isUnauthorized());
    }

    @Test
    void aPageOutsideTheLimitsIsRefusedOnItsParameter() throws Exception {
        mvc.perform(asClient(get("/api/org/agencies").param("size", "101").param("page", "-1")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation_failed"))
                .andExpect(jsonPath("$.errors[*].field").value(contains("page", "size")))
                .andExpect(jsonPath("$.errors[1].message").value("Số mục mỗi trang phải từ 1 đến 100."));
    }

    @Test
    void theApiDocumentationDescribesTheEndpoints() throws Exception {
        String docs = mvc.perform(asClient(get("/v3/api-docs")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(docs)
                .contains(
                        "\"/api/org/agencies\"",
                        "\"/api/org/agencies/{code}\"",
                        "\"/api/org/agencies/{code}/departments\"",
                        "\"/api/org/units\"",
                        "\"/api/org/units/{code}\"",
                        "\"/api/org/units/at\"",
                        "Find the administrative unit at a point",
                        "\"UnitLocation\"",
                        "Organisation directory",
                        "Get an agency by organisation code",
                        "\"Agency\"",
                        "\"AdministrativeUnit\"");
    }
}
