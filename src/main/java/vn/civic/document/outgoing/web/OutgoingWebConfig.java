package vn.civic.document.outgoing.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.civic.platform.security.Privilege;
import vn.civic.platform.web.AdminSection;

@Configuration(proxyBeanMethods = false)
class OutgoingWebConfig {

    @Bean
    AdminSection outgoingWorkflowAdminSection() {
        return new AdminSection(
                "outgoing.workflow.section.title",
                "outgoing.workflow.section.description",
                WorkflowAdminController.PATH,
                Privilege.DOCUMENT_WORKFLOW_MANAGE,
                60);
    }
}
