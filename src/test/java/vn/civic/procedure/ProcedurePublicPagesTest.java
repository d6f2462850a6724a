package vn.civic.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.civic.org.demo.DemoAgencies;
import vn.civic.procedure.domain.ProcedureEditor;
import vn.civic.test.CivicTest;

/** The public catalogue: search without diacritics, filters, active procedures only, a procedure's page, the API. */
@CivicTest
class ProcedurePublicPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProcedureEditor editor;

    Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.header("Accept-Language", "vi"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    List<String> found(MockHttpServletRequestBuilder request) throws Exception {
        return page(request).select("#procedures li[data-code]").eachAttr("data-code");
    }

    @Test
    void searchIgnoresDiacriticsAndCaseAndNeedsEveryWord() throws Exception {
        assertThat(found(get("/procedures").param("q", "DANG KY khai sinh")))
                .contains("1.001193", "2.000986")
                .doesNotContain("1.000656", "1.000894");
        assertThat(found(get("/procedures").param("q", "khai sinh thuong tru"))).containsExactly("2.000986");
        assertThat(found(get("/procedures").param("q", "2.000488"))).containsExactly("2.000488");
        assertThat(found(get("/procedures").param("q", "hộ tịch kết hôn"))).contains("1.000894");
    }

    @Test
    void filtersBySectorAgencyAndServiceLevel() throws Exception {
        assertThat(found(get("/procedures").param("sector", "CA-CT")))
                .containsExactlyInAnyOrder("1.004194", "1.004222");
        assertThat(found(get("/procedures").param("agency", DemoAgencies.HOAN_KIEM_POLICE)))
                .containsExactlyInAnyOrder("1.004194", "1.004222");
        assertThat(found(get("/procedures").param("agency", DemoAgencies.HANOI_JUSTICE)))
                .containsExactly("2.000488");
        // a ward committee carries out the commune-level procedures that name no agency
        assertThat(found(get("/procedures")
                        .param("agency", DemoAgencies.HOAN_KIEM)
                        .param("q", "dang ky")))
                .contains("1.001193", "1.000656", "1.000894", "2.000986", "1.001612")
                .doesNotContain("1.004194", "2.000488");
        assertThat(found(get("/procedures")
                        .param("serviceLevel", "PARTLY_ONLINE")
                        .param("sector", "TP-HT")))
                .containsExactly("1.000894");
        assertThat(found(get("/procedures").param("q", "khai sinh").param("serviceLevel", "PARTLY_ONLINE")))
                .isEmpty();
    }

    @Test
    void suspendedProcedureIsHiddenFromSearchAndTakesNoOnlineDossier() throws Exception {
        String code = ProcedureTesting.code();
        String word = "Thutucan" + code.substring(2);
        ProcedureEditor.ProcedureDetails created =
                TestAdmin.as(() -> editor.create(ProcedureTesting.document(code, "Thủ tục " + word)));
        assertThat(found(get("/procedures").param("q", word.toLowerCase()))).containsExactly(code);
        assertThat(page(get("/procedures/" + code)).select("#file-online")).hasSize(1);

        TestAdmin.as(() -> editor.suspend(code, created.rowVersion(), "Tạm ngừng để rà soát"));

        assertThat(found(get("/procedures").param("q", word))).isEmpty();
        Document shown = page(get("/procedures/" + code));
        assertThat(shown.select("#procedure-suspended")).hasSize(1);
        assertThat(shown.select("#file-online")).isEmpty();
    }

    @Test
    void procedurePageShowsTimeFeesDocumentsStepsAndTheOnlineFiling() throws Exception {
        Document residence = page(get("/procedures/1.004194"));
        assertThat(residence.select("h1").text()).isEqualTo("Đăng ký thường trú");
        Element online = residence.selectFirst("#procedure-channels tr[data-channel=ONLINE]");
        assertThat(online.text()).contains("Trực tuyến", "7 ngày làm việc", "10.000 đồng");
        assertThat(residence
                        .selectFirst("#procedure-channels tr[data-channel=IN_PERSON]")
                        .text())
                .contains("20.000 đồng");
        assertThat(residence
                        .selectFirst("#procedure-documents tr[data-code=CT01]")
                        .text())
                .contains("Tờ khai thay đổi thông tin cư trú", "Bản chính", "Bản điện tử", "Mẫu CT01");
        assertThat(residence.select("#procedure-steps li")).hasSize(4);
        assertThat(residence.select("#procedure-steps li").first().text())
                .contains("Tiếp nhận hồ sơ", "0,5 ngày làm việc");
        assertThat(residence.select("#procedure-legal").text()).contains("68/2020/QH14", "Luật Cư trú");
        assertThat(residence.select("#procedure-facts").text()).contains("Công an phường Hoàn Kiếm", "Toàn trình");
        assertThat(residence.selectFirst("#file-online").attr("href")).isEqualTo("/dossiers/new?procedure=1.004194");

        Document linked = page(get("/procedures/2.000986"));
        assertThat(linked.select("#procedure-steps").text())
                .contains("Công an phục vụ địa bàn của cơ quan tiếp nhận", "Bảo hiểm xã hội phục vụ địa bàn");

        // authentication of copies needs the original at the counter: no online filing
        Document copies = page(get("/procedures/2.000815"));
        assertThat(copies.select("#procedure-channels tr[data-channel]").eachAttr("data-channel"))
                .containsExactly("IN_PERSON");
        assertThat(copies.select("#file-online")).isEmpty();

        mvc.perform(get("/procedures/9.999999")).andExpect(status().isNotFound());
    }

    @Test
    void publicApiSearchesAndServesTheProcedureDocument() throws Exception {
        mvc.perform(get("/api/procedures").param("q", "DANG KY khai tu").param("sector", "TP-HT"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.code == '1.000656')].name").value("Đăng ký khai tử"))
                .andExpect(jsonPath("$.items[?(@.code == '1.000894')]").isEmpty());
        mvc.perform(get("/api/procedures/1.001193"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("1.001193"))
                .andExpect(jsonPath("$.name").value("Đăng ký khai sinh"))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.form.fields[0].profileKey").value("applicant.fullName"))
                .andExpect(jsonPath("$.steps[0].kind").value("RECEIVE"));
        mvc.perform(get("/api/procedures/9.999999"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not_found"));
        mvc.perform(get("/api/procedures").param("page", "-1")).andExpect(status().isBadRequest());
    }
}
