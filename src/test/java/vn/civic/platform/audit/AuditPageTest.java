package vn.civic.platform.audit;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.civic.platform.security.Privilege;
import vn.civic.test.CivicTest;
import vn.civic.test.TestActors;

@CivicTest
class AuditPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void auditorSeesEntriesAndAnIntactChain() throws Exception {
        var auditor = TestActors.staff(1, "000.00.00.H26");
        mvc.perform(post("/admin/audit/verification").with(csrf()).with(TestActors.as(auditor, Privilege.AUDIT_VIEW)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chuỗi nhật ký toàn vẹn")));
        mvc.perform(get("/admin/audit")
                        .param("action", "audit.verified")
                        .with(TestActors.as(auditor, Privilege.AUDIT_VIEW)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("audit.verified")))
                .andExpect(content().string(containsString("Cán bộ thử nghiệm")));
    }

    @Test
    void staffWithoutTheAuditPrivilegeIsRefusedAndTheRefusalIsAudited() throws Exception {
        var officer = TestActors.staff(2, "000.00.15.H26");
        mvc.perform(get("/admin/audit").with(TestActors.as(officer, Privilege.WORKSPACE_ACCESS)))
                .andExpect(status().isForbidden());
        Long denied = jdbc.queryForObject(
                "select count(*) from audit_entry where action = 'access.denied' and actor_id = ?",
                Long.class,
                officer.actorId());
        org.assertj.core.api.Assertions.assertThat(denied).isPositive();
    }
}
