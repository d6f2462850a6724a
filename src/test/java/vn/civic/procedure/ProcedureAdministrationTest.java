package vn.civic.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.civic.org.demo.DemoAgencies;
import vn.civic.platform.security.Privilege;
import vn.civic.procedure.domain.ProcedureDocument;
import vn.civic.procedure.domain.ProcedureEditor;
import vn.civic.procedure.domain.ProcedureJson;
import vn.civic.test.CivicTest;
import vn.civic.test.TestActors;

/** The catalogue's administration: privilege, versions on every save, stale edits, suspension, export and import. */
@CivicTest
class ProcedureAdministrationTest {

    static final RequestPostProcessor ADMIN = TestActors.as(TestAdmin.ACTOR, Privilege.PROCEDURE_MANAGE);

    @Autowired
    MockMvc mvc;

    @Autowired
    ProcedureEditor editor;

    @Autowired
    ProcedureCatalog catalog;

    @Autowired
    ProcedureJson json;

    @Autowired
    JdbcTemplate jdbc;

    Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(ADMIN).header("Accept-Language", "vi"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    /** The import page after uploading a file with the content. */
    Document upload(String content) throws Exception {
        return Jsoup.parse(mvc.perform(multipart("/admin/procedures/import")
                        .file(new MockMultipartFile(
                                "file", "thu-tuc.json", "application/json", content.getBytes(StandardCharsets.UTF_8)))
                        .with(csrf())
                        .with(ADMIN)
                        .header("Accept-Language", "vi"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    /** What a browser would submit from the form as shown. */
    static Map<String, List<String>> fields(Document page, String formId) {
        Element form = page.getElementById(formId);
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name], select[name], textarea[name]")) {
            String type = input.attr("type");
            String value;
            if (input.tagName().equals("select")) {
                Element selected = input.selectFirst("option[selected]");
                value = selected == null ? "" : selected.attr("value");
            } else if (input.tagName().equals("textarea")) {
                value = input.wholeText();
            } else if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
                continue;
            } else {
                value = input.attr("value");
            }
            fields.computeIfAbsent(input.attr("name"), k -> new java.util.ArrayList<>())
                    .add(value);
        }
        return fields;
    }

    static MockHttpServletRequestBuilder submit(String path, Map<String, List<String>> fields) {
        MockHttpServletRequestBuilder request = post(path).with(csrf()).with(ADMIN);
        fields.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
        return request;
    }

    List<String> audited(String action, long procedureId) {
        return jdbc.queryForList(
                "select coalesce(summary_after, '') from audit_entry where action = ? and object_id = ? order by seq",
                String.class,
                action,
                String.valueOf(procedureId));
    }

    @Test
    void wardOfficerCitizenAndAnonymousCannotReachTheAdministration() throws Exception {
        var officer = TestActors.as(
                TestActors.staff(1, DemoAgencies.HOAN_KIEM), Privilege.DOSSIER_PROCESS, Privilege.WORKSPACE_ACCESS);
        var citizen = TestActors.as(TestActors.citizen("001085012345"));
        for (String path :
                List.of("/admin/procedures", "/admin/procedures/1.001193/edit", "/admin/procedures/export")) {
            mvc.perform(get(path).with(officer)).andExpect(status().isForbidden());
            mvc.perform(get(path).with(citizen)).andExpect(status().isForbidden());
            mvc.perform(get(path)).andExpect(status().is3xxRedirection());
        }
        mvc.perform(post("/admin/procedures/1.001193/suspension")
                        .with(csrf())
                        .with(officer)
                        .param("version", "0")
                        .param("reason", "x"))
                .andExpect(status().isForbidden());
        assertThat(catalog.findByCode("1.001193").orElseThrow().active()).isTrue();
    }

    @Test
    void administratorCreatesThroughTheFormAndEachSaveIsAVersion() throws Exception {
        String code = ProcedureTesting.code();
        Map<String, List<String>> fields = fields(page(get("/admin/procedures/new")), "procedure-form");
        fields.put("code", List.of(code));
        fields.put("name", List.of("Thủ tục qua biểu mẫu " + code));
        fields.put("sectorCode", List.of("TEST"));
        fields.put("sectorName", List.of("Lĩnh vực thử nghiệm"));
        fields.put("serviceLevel", List.of("FULLY_ONLINE"));
        fields.put("channels[1].offered", List.of("true"));
        fields.put("channels[1].amount", List.of("5"));
        fields.put("fees[0].channel", List.of("ONLINE"));
        fields.put("fees[0].name", List.of("Lệ phí"));
        fields.put("fees[0].amount", List.of("25000"));
        fields.put("documents[0].code", List.of("TK"));
        fields.put("documents[0].name", List.of("Tờ khai"));
        fields.put("documents[0].accepted", List.of("ORIGINAL", "E_COPY"));
        fields.put("results[0].name", List.of("Giấy xác nhận"));
        fields.put("steps[0].order", List.of("1"));
        fields.put("steps[0].kind", List.of("RECEIVE"));
        fields.put("steps[0].name", List.of("Tiếp nhận"));
        fields.put("steps[0].workingDays", List.of("1"));
        fields.put("steps[1].order", List.of("2"));
        fields.put("steps[1].kind", List.of("RETURN"));
        fields.put("steps[1].name", List.of("Trả kết quả"));
        fields.put("steps[1].workingDays", List.of("4"));
        fields.put(
                "formJson",
                List.of(
                        "{\"fields\":[{\"name\":\"fullName\",\"type\":\"TEXT\",\"label\":\"Họ tên\",\"required\":true}]}"));

        mvc.perform(submit("/admin/procedures", fields))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/admin/procedures/" + code));

        ProcedureView created = catalog.findByCode(code).orElseThrow();
        assertThat(created.version()).isEqualTo(1);
        assertThat(created.terms(Channel.ONLINE).orElseThrow().fees())
                .extracting(Fee::amount)
                .containsExactly(25_000L);
        assertThat(created.documents().getFirst().accepted())
                .containsExactlyInAnyOrder(RequiredDocument.CopyKind.ORIGINAL, RequiredDocument.CopyKind.E_COPY);
        assertThat(created.steps()).hasSize(2);
        assertThat(created.form().fields().getFirst().name()).isEqualTo("fullName");
        assertThat(audited("procedure.created", created.id()))
                .singleElement()
                .asString()
                .contains(code);

        // edit the form as shown: a new version, the old one kept
        Map<String, List<String>> edit = fields(page(get("/admin/procedures/" + code + "/edit")), "procedure-form");
        edit.put("name", List.of("Thủ tục đã sửa " + code));
        mvc.perform(submit("/admin/procedures/" + code, edit)).andExpect(status().is3xxRedirection());
        ProcedureView edited = catalog.findByCode(code).orElseThrow();
        assertThat(edited.version()).isEqualTo(2);
        assertThat(edited.name()).isEqualTo("Thủ tục đã sửa " + code);
        assertThat(edited.terms(Channel.ONLINE).orElseThrow().fees())
                .extracting(Fee::amount)
                .containsExactly(25_000L);
        assertThat(catalog.findVersion(created.versionId()).orElseThrow().name())
                .isEqualTo("Thủ tục qua biểu mẫu " + code);
        assertThat(audited("procedure.updated", created.id())).hasSize(1);

        Document history = page(get("/admin/procedures/" + code + "/versions"));
        assertThat(history.select("#versions tr[data-number]").eachAttr("data-number"))
                .containsExactly("2", "1");
        Document first = page(get("/admin/procedures/" + code + "/versions/1"));
        assertThat(first.select("h1").text()).isEqualTo("Thủ tục qua biểu mẫu " + code);
        assertThat(first.select("#version-notice")).hasSize(1);

        // the same form again, started from the version before: refused, nothing changes
        edit.put("name", List.of("Sửa đè " + code));
        mvc.perform(submit("/admin/procedures/" + code, edit)).andExpect(status().isConflict());
        assertThat(catalog.findByCode(code).orElseThrow().name()).isEqualTo("Thủ tục đã sửa " + code);
        assertThat(catalog.findByCode(code).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void badFormMarksTheFieldsInVietnameseAndSavesNothing() throws Exception {
        ProcedureView birth = catalog.findByCode("1.001193").orElseThrow();
        Map<String, List<String>> edit = fields(page(get("/admin/procedures/1.001193/edit")), "procedure-form");
        edit.put("steps[0].kind", List.of("PROCESS"));
        edit.put("fees[0].amount", List.of("-5"));
        edit.put("formJson", List.of("{\"fields\":[{\"name\":\"a b\",\"type\":\"TEXT\",\"label\":\"A\"}]}"));
        Document shown = Jsoup.parse(
                mvc.perform(submit("/admin/procedures/1.001193", edit).header("Accept-Language", "vi"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
        assertThat(shown.getElementById("steps0.kind").attr("aria-invalid")).isEqualTo("true");
        assertThat(shown.getElementById("steps0.kind-error").text())
                .isEqualTo("Bước đầu tiên phải là tiếp nhận hồ sơ.");
        assertThat(shown.getElementById("fees0.amount-error").text()).isEqualTo("Mức phí, lệ phí không được âm.");
        assertThat(shown.getElementById("formJson").attr("aria-invalid")).isEqualTo("true");
        assertThat(shown.getElementById("formJson-error").text())
                .contains("fields[0].name", "Tên trường bắt đầu bằng chữ cái");

        edit.put("steps[0].kind", List.of("RECEIVE"));
        edit.put("fees[0].amount", List.of("0"));
        edit.put("formJson", List.of("{\"fields\": [ {\"name\": "));
        Document malformed = Jsoup.parse(mvc.perform(submit("/admin/procedures/1.001193", edit))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(malformed.getElementById("formJson-error").text()).contains("JSON");
        assertThat(catalog.findByCode("1.001193").orElseThrow().versionId()).isEqualTo(birth.versionId());
    }

    @Test
    void suspensionAndReactivationNeedAReasonAndAreAudited() throws Exception {
        String code = ProcedureTesting.code();
        var created = TestAdmin.as(() -> editor.create(ProcedureTesting.document(code, "Thủ tục tạm ngừng " + code)));
        mvc.perform(post("/admin/procedures/" + code + "/suspension")
                        .with(csrf())
                        .with(ADMIN)
                        .param("version", String.valueOf(created.rowVersion()))
                        .param("reason", " "))
                .andExpect(status().is3xxRedirection());
        assertThat(catalog.findByCode(code).orElseThrow().active()).isTrue();

        mvc.perform(post("/admin/procedures/" + code + "/suspension")
                        .with(csrf())
                        .with(ADMIN)
                        .param("version", String.valueOf(created.rowVersion()))
                        .param("reason", "Văn bản pháp luật thay đổi"))
                .andExpect(status().is3xxRedirection());
        assertThat(catalog.findByCode(code).orElseThrow().status()).isEqualTo(ProcedureStatus.SUSPENDED);
        assertThat(audited("procedure.suspended", created.procedure().id()))
                .singleElement()
                .asString()
                .contains("Văn bản pháp luật thay đổi");
        Document shown = page(get("/admin/procedures/" + code));
        assertThat(shown.select("#procedure-status").text()).contains("Tạm ngừng", "Văn bản pháp luật thay đổi");

        long version = editor.get(code).rowVersion();
        mvc.perform(post("/admin/procedures/" + code + "/reactivation")
                        .with(csrf())
                        .with(ADMIN)
                        .param("version", String.valueOf(version))
                        .param("reason", "Đã rà soát xong"))
                .andExpect(status().is3xxRedirection());
        assertThat(catalog.findByCode(code).orElseThrow().active()).isTrue();
        assertThat(audited("procedure.reactivated", created.procedure().id())).hasSize(1);
    }

    @Test
    void exportAndImportKeepCodesAndContent() throws Exception {
        String code = ProcedureTesting.code();
        TestAdmin.as(() -> editor.create(ProcedureTesting.document(code, "Thủ tục xuất nhập " + code)));
        ProcedureView original = catalog.findByCode(code).orElseThrow();

        String exported = mvc.perform(
                        get("/admin/procedures/" + code + "/export").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"thu-tuc-" + code + ".json\""))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String all = mvc.perform(get("/admin/procedures/export").with(ADMIN))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(json.readFile(all, "file"))
                .extracting(ProcedureDocument::code)
                .contains("1.001193", "2.000986", code);

        // the same file under a fresh code: a new procedure with the same content; the original, unchanged: no new
        // version, so importing a file twice changes nothing (decision 0023)
        String copyCode = ProcedureTesting.code();
        String copy = exported.replace("\"" + code + "\"", "\"" + copyCode + "\"");
        Document outcome = upload(("[" + copy + "," + exported + "]"));
        assertThat(outcome.select("#import-outcome").text()).contains("1", "0");
        assertThat(outcome.select("#import-unchanged").text()).contains("1");

        ProcedureView imported = catalog.findByCode(copyCode).orElseThrow();
        assertThat(ProcedureDocument.of(imported))
                .usingRecursiveComparison()
                .ignoringFields("code")
                .isEqualTo(ProcedureDocument.of(original));
        ProcedureView reimported = catalog.findByCode(code).orElseThrow();
        assertThat(reimported.version()).isEqualTo(original.version());
        assertThat(ProcedureDocument.of(reimported)).isEqualTo(ProcedureDocument.of(original));
        assertThat(audited("procedure.imported", imported.id())).hasSize(1);
    }

    @Test
    void badImportWritesNothing() throws Exception {
        String good = ProcedureTesting.code();
        String exported = json.writeReadable(ProcedureTesting.document(good, "Thủ tục nhập hợp lệ " + good));
        String bad = exported.replace("\"RETURN\"", "\"PROCESS\"")
                .replace("\"" + good + "\"", "\"" + ProcedureTesting.code() + "\"");
        Document refused = upload(("[" + exported + "," + bad + "]"));
        assertThat(refused.select("#import-errors").text())
                .contains("[1].steps[2].kind", "Bước cuối cùng phải là trả kết quả");
        assertThat(catalog.findByCode(good)).isEmpty();

        Document malformed = upload("[{\"code\": ");
        assertThat(malformed.select("#import-errors").text()).contains("JSON");
        Document unknownProperty = upload(exported.replace("\"conditions\"", "\"condition\""));
        assertThat(unknownProperty.select("#import-errors").text()).contains("JSON");
        assertThat(catalog.findByCode(good)).isEmpty();
    }
}
