package vn.civic.dossier.web.citizen;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import vn.civic.dossier.AttachmentUpload;
import vn.civic.dossier.DossierSubmission;
import vn.civic.dossier.DossierView;
import vn.civic.dossier.OnlineSubmission;
import vn.civic.identity.AccountDirectory;
import vn.civic.org.OrgDirectory;
import vn.civic.org.demo.DemoAgencies;
import vn.civic.procedure.FormData;
import vn.civic.test.DemoAccounts;
import vn.civic.test.TestActors.TestActor;

/** What the applicant-side tests share: demo accounts acting, the seeded birth registration filled in, files. */
final class CitizenTesting {

    static final String BIRTH = "1.001193";
    static final String AN = "001085012345";
    static final String BINH = "001190004321";
    static final byte[] PDF = "%PDF-1.4\n%test\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    private CitizenTesting() {}

    static TestActor actor(AccountDirectory accounts, String username) {
        return DemoAccounts.actor(accounts, username);
    }

    /** A demo account signed in with its own privileges. */
    static RequestPostProcessor signedIn(AccountDirectory accounts, String username) {
        return DemoAccounts.signedIn(accounts, username);
    }

    /** Runs {@code action} as a demo account with its privileges. */
    static <T> T as(AccountDirectory accounts, String username, Supplier<T> action) {
        return DemoAccounts.as(accounts, username, action);
    }

    /** The page a request answers with 200, in Vietnamese, parsed. */
    static Document page(MockMvc mvc, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return Jsoup.parse(mvc.perform(request.header("Accept-Language", "vi"))
                .andExpect(MockMvcResultMatchers.status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    static long hoanKiem(OrgDirectory org) {
        return org.findAgencyByCode(DemoAgencies.HOAN_KIEM).orElseThrow().id();
    }

    /** Every required field of the birth registration, valid, for a ward of Hoàn Kiếm. */
    static Map<String, String> birthForm(OrgDirectory org) {
        String unit = String.valueOf(
                org.findAgencyByCode(DemoAgencies.HOAN_KIEM).orElseThrow().administrativeUnitId());
        Map<String, String> f = new LinkedHashMap<>();
        f.put("f.applicantName", "Trần Thị Bình");
        f.put("f.applicantId", BINH);
        f.put("f.applicantBirthDate", "1990-04-12");
        f.put("f.applicantAddress.unit", unit);
        f.put("f.applicantAddress.street", "12 Hàng Bạc");
        f.put("f.applicantPhone", "0987654321");
        f.put("f.relationship", "MOTHER");
        f.put("f.childName", "Nguyễn Minh Khôi");
        f.put("f.childBirthDate", LocalDate.now().minusDays(10).toString());
        f.put("f.childGender", "MALE");
        f.put("f.childBirthPlace", "Bệnh viện Phụ sản Hà Nội");
        f.put("f.childEthnicity", "Kinh");
        f.put("f.motherName", "Trần Thị Bình");
        f.put("f.motherBirthDate", "1990-04-12");
        f.put("f.motherId", BINH);
        f.put("f.motherEthnicity", "Kinh");
        f.put("f.motherNationality", "Việt Nam");
        f.put("f.motherAddress.unit", unit);
        f.put("f.motherAddress.street", "12 Hàng Bạc");
        return f;
    }

    /** The birth registration filed through the dossier core as {@code username}, with both mandatory files. */
    static DossierView fileBirth(
            AccountDirectory accounts, OrgDirectory org, DossierSubmission submission, String username) {
        Map<String, Object> values = new LinkedHashMap<>();
        birthForm(org).forEach((name, value) -> {
            String field = name.substring(2);
            if (field.endsWith(".unit")) {
                String base = field.substring(0, field.length() - ".unit".length());
                values.put(base, value + "|" + birthForm(org).get(name.replace(".unit", ".street")));
            } else if (!field.endsWith(".street")) {
                values.put(field, value);
            }
        });
        return as(
                accounts,
                username,
                () -> submission.submitOnline(new OnlineSubmission(
                        BIRTH,
                        hoanKiem(org),
                        new FormData(values),
                        List.of(upload("TK"), upload("GCS")),
                        UUID.randomUUID().toString())));
    }

    static AttachmentUpload upload(String document) {
        return new AttachmentUpload(document, document + ".pdf", "application/pdf", new ByteArrayResource(PDF));
    }

    static MockMultipartFile pdf(String document, String name) {
        return new MockMultipartFile("document." + document, name, "application/pdf", PDF);
    }

    /** The filing form posted with its fields and files, the agency and key given. */
    static MockMultipartHttpServletRequestBuilder filing(
            Map<String, String> fields, long agencyId, String key, MockMultipartFile... files) {
        MockMultipartHttpServletRequestBuilder request = multipart("/dossiers/new");
        request.param("procedure", BIRTH)
                .param("agencyId", String.valueOf(agencyId))
                .param("idempotencyKey", key)
                .param("action", "submit");
        fields.forEach(request::param);
        for (MockMultipartFile file : files) {
            request.file(file);
        }
        request.with(csrf());
        return request;
    }
}
