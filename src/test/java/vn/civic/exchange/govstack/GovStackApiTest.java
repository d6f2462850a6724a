package vn.civic.exchange.govstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.civic.identity.client.ApiCalls;
import vn.civic.identity.client.ApiClientRegistry;
import vn.civic.identity.client.ApiScope;
import vn.civic.identity.client.IssuedCredential;
import vn.civic.identity.client.TestClients;
import vn.civic.org.AgencyView;
import vn.civic.org.OrgDirectory;
import vn.civic.org.demo.DemoAgencies;
import vn.civic.platform.security.Privilege;
import vn.civic.test.CivicTest;
import vn.civic.test.TestActors;
import vn.civic.test.TestActors.TestActor;

/**
 * The GovStack Registration API as another system's portal and an operator's tool use it: an application for the
 * birth registration 1.001193 is filed with the spec's payload shape, read back, its tasks completed until the result
 * is returned, and counted in the statistics. Unknown ids answer 404 problems; other clients do not reach it.
 */
@CivicTest
class GovStackApiTest {

    static final String BIRTH = "1.001193";
    static final String BASE = "/api/govstack";
    static final byte[] PDF = "%PDF-1.4\n%test\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();

    @Autowired
    MockMvc mvc;

    @Autowired
    OrgDirectory org;

    @Autowired
    JsonMapper json;

    @Autowired
    ApiClientRegistry registry;

    @LocalServerPort
    int port;

    /** A portal's machine client of the city (scope dossier.file). */
    RequestPostProcessor portal(String clientId) {
        AgencyView city = org.findAgencyByCode(DemoAgencies.HANOI).orElseThrow();
        return TestActors.as(
                new TestActor("client:" + clientId, "Cổng " + clientId, city.id(), city.code()),
                Privilege.DOSSIER_FILE_ON_BEHALF);
    }

    /** An operator's machine client of an agency, with the one-stop privileges. */
    RequestPostProcessor operator(String agencyCode, String name) {
        AgencyView agency = org.findAgencyByCode(agencyCode).orElseThrow();
        return TestActors.as(
                new TestActor("client:op-" + UUID.randomUUID(), name, agency.id(), agency.code()),
                Privilege.DOSSIER_RECEIVE,
                Privilege.DOSSIER_PROCESS,
                Privilege.DOSSIER_APPROVE);
    }

    static String id() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    Map<String, Object> birthData() {
        String unit = String.valueOf(
                org.findAgencyByCode(DemoAgencies.HOAN_KIEM).orElseThrow().administrativeUnitId());
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("applicantName", "Trần Thị Bình");
        f.put("applicantId", "001190004321");
        f.put("applicantBirthDate", "1990-04-12");
        f.put("applicantAddress", unit + "|12 Hàng Bạc");
        f.put("applicantPhone", "0987654321");
        f.put("relationship", "MOTHER");
        f.put("childName", "Nguyễn Minh Khôi");
        f.put("childBirthDate", LocalDate.now().minusDays(10).toString());
        f.put("childGender", "MALE");
        f.put("childBirthPlace", "Bệnh viện Phụ sản Hà Nội");
        f.put("childEthnicity", "Kinh");
        f.put("motherName", "Trần Thị Bình");
        f.put("motherBirthDate", "1990-04-12");
        f.put("motherId", "001190004321");
        f.put("motherEthnicity", "Kinh");
        f.put("motherNationality", "Việt Nam");
        f.put("motherAddress", unit + "|12 Hàng Bạc");
        return f;
    }

    JsonNode call(AbstractMockHttpServletRequestBuilder<?> request, RequestPostProcessor as, int expected)
            throws Exception {
        String body = mvc.perform(request.accept(MediaType.APPLICATION_JSON).with(as))
                .andExpect(status().is(expected))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(body);
    }

    String upload(RequestPostProcessor as, String documentCode) throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", documentCode + ".pdf", "application/pdf", PDF);
        JsonNode answer =
                call(multipart(BASE + "/documents").file(file).param("additionalMetadata", documentCode), as, 200);
        assertThat(answer.path("type").asString()).isEqualTo("application/pdf");
        return answer.path("url").asString();
    }

    /** The spec's applicationFileSubmit with Civic's form data. */
    String application(String applicantId, Map<String, Object> data, List<String> documentUrls) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("applicationName", "Amya Yuko");
        body.put("applicantId", applicantId);
        body.put("created", "2022-10-21T00:00:00.000Z");
        body.put("formData", Map.of("data", data, "eFormId", BIRTH));
        body.put("documentUrls", documentUrls);
        return json.writeValueAsString(body);
    }

    JsonNode file(RequestPostProcessor as, String applicantId) throws Exception {
        return file(as, applicantId, UUID.randomUUID().toString());
    }

    JsonNode file(RequestPostProcessor as, String applicantId, String idempotencyKey) throws Exception {
        List<String> urls = List.of(upload(as, "TK"), upload(as, "GCS"));
        return call(
                post(BASE + "/services/" + BIRTH + "/applications")
                        .param("agency", DemoAgencies.HOAN_KIEM)
                        .header("Idempotency-Key", idempotencyKey)
                        .header("Information-Mediator-Client", "eGovStack/GOV/90000009/eregistrations-dev")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(application(applicantId, birthData(), urls)),
                as,
                200);
    }

    @Test
    void anApplicationFiledThroughTheApiIsProcessedTaskByTaskUntilItsResultIsReturned() throws Exception {
        String clientId = "portal-" + id();
        RequestPostProcessor portal = portal(clientId);
        String operatorName = "Một cửa Hoàn Kiếm " + id();
        RequestPostProcessor operator = operator(DemoAgencies.HOAN_KIEM, operatorName);
        String applicantId = "42962de0-bdb2-11ed-9397-0242ac120004";

        JsonNode filed = file(portal, applicantId);
        String fileId = filed.path("fileId").asString();
        assertThat(fileId).startsWith(DemoAgencies.HOAN_KIEM + "-");
        assertThat(filed.path("serviceId").asString()).isEqualTo(BIRTH);
        assertThat(filed.path("serviceName").asString()).isEqualTo("Đăng ký khai sinh");
        assertThat(filed.path("status").path("code").asString()).isEqualTo("PENDING");
        assertThat(filed.path("status").path("nationalCode").asInt()).isEqualTo(1);
        assertThat(filed.path("applicationData").path("applicantId").asString()).isEqualTo(applicantId);
        assertThat(filed.path("applicationData").path("documentUrls")).hasSize(2);

        JsonNode read = call(get(BASE + "/applications/" + fileId), portal, 200);
        assertThat(read.path("applicationData")
                        .path("formData")
                        .path("data")
                        .path("childName")
                        .asString())
                .isEqualTo("Nguyễn Minh Khôi");
        assertThat(read.path("applicationData").path("applicationName").asString())
                .isEqualTo("Amya Yuko");
        mvc.perform(get(read.path("applicationData").path("documentUrls").get(0).asString())
                        .with(portal))
                .andExpect(status().isOk())
                .andExpect(content().bytes(PDF));
        call(get(BASE + "/applications").param("applicantId", applicantId), portal, 200)
                .forEach(item -> assertThat(item.path("fileId").asString()).isEqualTo(fileId));

        String taskId = fileId + ".1";
        JsonNode tasks = call(get(BASE + "/tasks").param("fileId", fileId), operator, 200);
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).path("taskId").asString()).isEqualTo(taskId);
        assertThat(tasks.get(0).path("roleId").asString()).isEqualTo("RECEIVE");
        mvc.perform(get(BASE + "/tasks").with(operator))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].taskId").value(hasItem(taskId)));

        List<String> kinds = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            JsonNode task = call(get(BASE + "/tasks/" + taskId), operator, 200);
            kinds.add(task.path("roleId").asString());
            JsonNode done = call(
                    post(BASE + "/tasks/" + taskId + "/complete")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"data\":{\"note\":\"OK\"}}"),
                    operator,
                    200);
            assertThat(done.path("fileId").asString()).isEqualTo(fileId);
            taskId = done.path("variables").path("nextTaskId").asString(null);
        }
        assertThat(kinds).containsExactly("RECEIVE", "PROCESS", "APPROVE", "RETURN");
        assertThat(taskId).isNull();

        JsonNode finished = call(get(BASE + "/applications/" + fileId), portal, 200);
        assertThat(finished.path("status").path("code").asString()).isEqualTo("APPROVED");
        assertThat(finished.path("status").path("nationalCode").asInt()).isEqualTo(10);
        assertThat(finished.path("ended").asBoolean()).isTrue();
        assertThat(call(get(BASE + "/tasks").param("fileId", fileId), portal, 200))
                .hasSize(4);

        String today = LocalDate.now(vn.civic.platform.time.CivicTime.ZONE).toString();
        JsonNode stats = call(
                get(BASE + "/data/statistics")
                        .param("startDate", today)
                        .param("endDate", today)
                        .param("registrationName", BIRTH)
                        .param("operator", operatorName),
                operator,
                200);
        assertThat(stats).hasSize(1);
        assertThat(stats.get(0).path("approved").asInt()).isEqualTo(1);
        assertThat(stats.get(0).path("processed").asInt()).isEqualTo(1);
        assertThat(stats.get(0).path("rejected").asInt()).isZero();
        assertThat(stats.get(0).path("references").path("registrationName").asString())
                .isEqualTo(BIRTH);
        JsonNode daily = call(
                get(BASE + "/data/statistics/1.0")
                        .param("startDate", today)
                        .param("endDate", today)
                        .param("timeframe", "day"),
                portal,
                200);
        assertThat(daily.get(0).path("approved").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(daily.get(0).path("references").path("timeframeDay").asBoolean())
                .isTrue();
    }

    @Test
    void theSpecsExampleIdsAnswerNotFoundProblems() throws Exception {
        RequestPostProcessor portal = portal("portal-" + id());
        mvc.perform(post(BASE + "/services/f7d33db0-2809-484e-a780-76b7ccd4ecbf/applications")
                        .with(portal)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(application("42962de0-bdb2-11ed-9397-0242ac120004", Map.of(), List.of())))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("not_found"));
        mvc.perform(get(BASE + "/services/f7d33db0-2809-484e-a780-76b7ccd4ecbf"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not_found"));
        mvc.perform(get(BASE + "/applications/81c4445c-bff6-11ed-afa1-0242ac120002")
                        .with(portal))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not_found"));
        mvc.perform(get(BASE + "/tasks/d1e33d56-c5c7-4272-aeb6-bc2732cce1f2").with(portal))
                .andExpect(status().isNotFound());
        mvc.perform(post(BASE + "/tasks/d1e33d56-c5c7-4272-aeb6-bc2732cce1f2/complete")
                        .with(operator(DemoAgencies.HOAN_KIEM, "Một cửa"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"data\":{}}"))
                .andExpect(status().isNotFound());
        mvc.perform(get(BASE + "/eForms/d98a205a-679b-485b-823d-7a32a391e744")).andExpect(status().isNotFound());
    }

    @Test
    void servicesAndTheirEFormsArePublicAndShowTheProcedure() throws Exception {
        mvc.perform(get(BASE + "/services/" + BIRTH))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(BIRTH))
                .andExpect(jsonPath("$.name").value("Đăng ký khai sinh"))
                .andExpect(jsonPath("$.type").value("Public"))
                .andExpect(jsonPath("$.isExecutable").value(true));
        mvc.perform(get(BASE + "/services").param("name", "khai sinh"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(hasItem(BIRTH)));
        JsonNode forms = call(get(BASE + "/services/" + BIRTH + "/eForms"), r -> r, 200);
        String eFormId = forms.get(0).path("eFormId").asString();
        assertThat(forms.get(0).path("latest").asBoolean()).isTrue();
        mvc.perform(get(BASE + "/eForms/" + eFormId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.schema.type").value("object"))
                .andExpect(jsonPath("$.schema.required").value(hasItem("childName")))
                .andExpect(jsonPath("$.schema.properties.childGender.enum").value(hasItem("FEMALE")));
    }

    @Test
    void anInvalidApplicationIsRefusedFieldByFieldAndNothingIsFiled() throws Exception {
        RequestPostProcessor portal = portal("portal-" + id());
        mvc.perform(post(BASE + "/services/" + BIRTH + "/applications")
                        .with(portal)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"applicationName\":\"Amya Yuko\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("applicantId")));
        Map<String, Object> data = birthData();
        data.remove("childName");
        String url = upload(portal, "TK");
        mvc.perform(post(BASE + "/services/" + BIRTH + "/applications")
                        .param("agency", DemoAgencies.HOAN_KIEM)
                        .with(portal)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(application("applicant-1", data, List.of(url))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("formData.data.childName")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("documentUrls(GCS)")));
        assertThat(call(get(BASE + "/applications"), portal, 200)).isEmpty();
    }

    @Test
    void anApplicationIsReachedOnlyByTheClientThatFiledItAndOperatorsOfItsAgencies() throws Exception {
        RequestPostProcessor portal = portal("portal-" + id());
        String fileId = file(portal, "applicant-" + id()).path("fileId").asString();

        RequestPostProcessor other = portal("portal-" + id());
        mvc.perform(get(BASE + "/applications/" + fileId).with(other)).andExpect(status().isNotFound());
        mvc.perform(get(BASE + "/tasks").param("fileId", fileId).with(other)).andExpect(status().isNotFound());
        assertThat(call(get(BASE + "/applications"), other, 200)).isEmpty();

        RequestPostProcessor elsewhere = operator(DemoAgencies.HONG_BANG, "Một cửa Hồng Bàng");
        mvc.perform(get(BASE + "/applications/" + fileId).with(elsewhere)).andExpect(status().isNotFound());
        mvc.perform(post(BASE + "/tasks/" + fileId + ".1/complete")
                        .with(elsewhere)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"data\":{}}"))
                .andExpect(status().isNotFound());
        // the filing client may follow its application but not act as an operator
        mvc.perform(post(BASE + "/tasks/" + fileId + ".1/complete")
                        .with(portal)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"data\":{}}"))
                .andExpect(status().isForbidden());
        assertThat(call(get(BASE + "/applications/" + fileId), portal, 200)
                        .path("status")
                        .path("nationalCode")
                        .asInt())
                .isEqualTo(1);
        // without any client privilege nothing is answered
        mvc.perform(get(BASE + "/applications/" + fileId)
                        .with(TestActors.as(TestActors.citizen("001190004321"), Privilege.SELF_SERVICE)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRegisteredClientReachesTheApiWithATokenOfItsDossierFileScopeOnly() {
        ApiCalls api = new ApiCalls(port);
        IssuedCredential filing = TestClients.register(registry, org, ApiScope.DOSSIER_FILE);
        String token = api.accessToken(filing.client().clientId(), filing.value(), "dossier.file");
        var listed = api.withBearer(BASE + "/applications", token);
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).isEqualTo("[]");

        IssuedCredential reader = TestClients.register(registry, org, ApiScope.ORG_READ);
        String other = api.accessToken(reader.client().clientId(), reader.value(), "org.read");
        assertThat(api.withBearer(BASE + "/applications", other).statusCode()).isEqualTo(403);
        assertThat(api.get(BASE + "/applications").statusCode()).isEqualTo(401);
        assertThat(api.get(BASE + "/services/" + BIRTH).statusCode()).isEqualTo(200);
    }

    @Test
    void filingAgainWithTheSameIdempotencyKeyAnswersTheFirstApplication() throws Exception {
        RequestPostProcessor portal = portal("portal-" + id());
        String key = UUID.randomUUID().toString();
        String first = file(portal, "applicant-1", key).path("fileId").asString();
        String again = file(portal, "applicant-1", key).path("fileId").asString();
        assertThat(again).isEqualTo(first);
        assertThat(call(get(BASE + "/applications"), portal, 200)).hasSize(1);
    }
}
