package vn.civic.document.incoming.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.civic.identity.AccountDirectory;
import vn.civic.identity.AccountView;
import vn.civic.platform.security.Privilege;
import vn.civic.platform.time.CivicTime;
import vn.civic.test.CivicTest;
import vn.civic.test.TestActors;
import vn.civic.test.TestClock;

/** The incoming documents' API: register, assign, opinion, finish, with problem details for refusals. */
@CivicTest
class IncomingDocumentApiTest {

    static final byte[] PDF = "%PDF-1.4\n%test\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    TestClock clock;

    RequestPostProcessor as(String username) {
        AccountView a = accounts.findByUsername(username).orElseThrow();
        return TestActors.as(
                new TestActors.TestActor(a.actorId(), a.fullName(), a.agencyId(), null),
                a.privileges().toArray(Privilege[]::new));
    }

    String today() {
        return LocalDate.now(clock.withZone(CivicTime.ZONE)).toString();
    }

    MockMultipartFile document(String symbol, String author) {
        String json = """
                {"confidential": false, "urgency": "URGENT", "receivedDate": "%s", "author": "%s",
                 "numberSymbol": "%s", "documentDate": "%s", "typeCode": "TB",
                 "summary": "Thông báo lịch tiếp công dân tháng 12"}
                """.formatted(today(), author, symbol, today());
        return new MockMultipartFile("document", "", MediaType.APPLICATION_JSON_VALUE, json.getBytes());
    }

    @Test
    void aDocumentIsRegisteredAssignedAndClosedThroughTheApi() throws Exception {
        String symbol = ThreadLocalRandom.current().nextInt(100, 100_000) + "/TB-UBND";
        String created = mvc.perform(multipart("/api/documents/incoming")
                        .file(document(symbol, "UBND thành phố Hà Nội"))
                        .file(new MockMultipartFile("files", "thong-bao.pdf", "application/pdf", PDF))
                        .with(as("vanthu.hoankiem"))
                        .with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("REGISTERED"))
                .andExpect(jsonPath("$.incomingNumber").isNumber())
                .andExpect(jsonPath("$.files[0].contentType").value("application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        long lead = accounts.findByUsername("chuyenvien.hoankiem").orElseThrow().id();

        mvc.perform(post("/api/documents/incoming/" + id + "/assignments")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"instruction\": \"Chủ trì\", \"deadline\": \"" + today() + "\", \"leadAccountId\": "
                                + lead + "}")
                        .with(as("lanhdao.hoankiem"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"));
        mvc.perform(post("/api/documents/incoming/" + id + "/opinions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"content\": \"Đã đăng lịch lên cổng thông tin\"}")
                        .with(as("chuyenvien.hoankiem"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.opinions[0].content").value("Đã đăng lịch lên cổng thông tin"));
        mvc.perform(post("/api/documents/incoming/" + id + "/finish")
                        .with(as("chuyenvien.hoankiem"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"));
        mvc.perform(get("/api/documents/incoming")
                        .param("tab", "ALL")
                        .param("q", symbol)
                        .with(as("lanhdao.hoankiem")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(id));
    }

    @Test
    void refusalsAreProblemDetailsWithStableCodes() throws Exception {
        String symbol = ThreadLocalRandom.current().nextInt(100, 100_000) + "/TB-UBND";
        mvc.perform(multipart("/api/documents/incoming")
                        .file(document(symbol, ""))
                        .file(new MockMultipartFile("files", "thong-bao.pdf", "application/pdf", PDF))
                        .with(as("vanthu.hoankiem"))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation_failed"))
                .andExpect(jsonPath("$.errors[0].field").value("author"))
                .andExpect(jsonPath("$.errors[0].code").value("incoming_field_required"));
        mvc.perform(multipart("/api/documents/incoming")
                        .file(document(symbol, "Sở Y tế"))
                        .file(new MockMultipartFile("files", "thong-bao.pdf", "application/pdf", PDF))
                        .with(as("vanthu.hoankiem"))
                        .with(csrf()))
                .andExpect(status().isCreated());
        mvc.perform(multipart("/api/documents/incoming")
                        .file(document(symbol, "Sở Y tế"))
                        .file(new MockMultipartFile("files", "thong-bao.pdf", "application/pdf", PDF))
                        .with(as("vanthu.hoankiem"))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("incoming_duplicate"));
        mvc.perform(get("/api/documents/incoming/999999999").with(as("vanthu.hoankiem")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("incoming_not_found"));
        mvc.perform(multipart("/api/documents/incoming")
                        .file(document(symbol, "Sở Y tế"))
                        .with(as("chuyenvien.hoankiem"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }
}
