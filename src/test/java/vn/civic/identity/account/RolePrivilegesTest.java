package vn.civic.identity.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.civic.identity.AccountKind;
import vn.civic.platform.security.Privilege;

/** The roles-to-privileges table of docs/decisions/0007-identity.md, row by row. */
class RolePrivilegesTest {

    @Test
    void clerksReceiveOfficersProcessAndLeadersAssignAndApprove() {
        assertThat(RolePrivileges.of(AccountKind.STAFF, Set.of(Role.CLERK)))
                .containsExactlyInAnyOrder(
                        Privilege.WORKSPACE_ACCESS,
                        Privilege.DOSSIER_RECEIVE,
                        Privilege.DOCUMENT_REGISTER,
                        Privilege.DOCUMENT_HANDLE,
                        Privilege.FEEDBACK_HANDLE,
                        Privilege.FEEDBACK_ROUTE);
        assertThat(RolePrivileges.of(AccountKind.STAFF, Set.of(Role.OFFICER)))
                .containsExactlyInAnyOrder(
                        Privilege.WORKSPACE_ACCESS,
                        Privilege.DOSSIER_PROCESS,
                        Privilege.DOCUMENT_HANDLE,
                        Privilege.FEEDBACK_HANDLE);
        assertThat(RolePrivileges.of(AccountKind.STAFF, Set.of(Role.LEADER)))
                .containsExactlyInAnyOrder(
                        Privilege.WORKSPACE_ACCESS,
                        Privilege.DOSSIER_PROCESS,
                        Privilege.DOSSIER_ASSIGN,
                        Privilege.DOSSIER_APPROVE,
                        Privilege.STATISTICS_VIEW,
                        Privilege.DOCUMENT_ASSIGN,
                        Privilege.DOCUMENT_HANDLE,
                        Privilege.DOCUMENT_APPROVE,
                        Privilege.FEEDBACK_HANDLE,
                        Privilege.FEEDBACK_DASHBOARD);
    }

    @Test
    void feedbackIsHandledByEveryWorkRoleRoutedByClerksAndAdministratorsAndOverseenByLeaders() {
        for (Role role : Role.values()) {
            Set<Privilege> privileges = RolePrivileges.of(role);
            assertThat(privileges.contains(Privilege.FEEDBACK_HANDLE))
                    .as(role.name())
                    .isEqualTo(role == Role.CLERK || role == Role.OFFICER || role == Role.LEADER);
            assertThat(privileges.contains(Privilege.FEEDBACK_ROUTE))
                    .as(role.name())
                    .isEqualTo(role == Role.CLERK || role == Role.ADMINISTRATOR);
            assertThat(privileges.contains(Privilege.FEEDBACK_DASHBOARD))
                    .as(role.name())
                    .isEqualTo(role == Role.LEADER || role == Role.ADMINISTRATOR);
            assertThat(privileges).doesNotContain(Privilege.FEEDBACK_SUBMIT, Privilege.FEEDBACK_CREATE);
        }
    }

    @Test
    void onlyLeadersAndAdministratorsReadTheStatistics() {
        for (Role role : Role.values()) {
            assertThat(RolePrivileges.of(role).contains(Privilege.STATISTICS_VIEW))
                    .as(role.name())
                    .isEqualTo(role == Role.LEADER || role == Role.ADMINISTRATOR);
        }
    }

    @Test
    void anAdministratorManagesTheAgencyScopeButNoCityWideSetting() {
        assertThat(RolePrivileges.of(Role.ADMINISTRATOR))
                .containsExactlyInAnyOrder(
                        Privilege.ADMIN_ACCESS,
                        Privilege.AGENCY_MANAGE,
                        Privilege.DEPARTMENT_MANAGE,
                        Privilege.STAFF_MANAGE,
                        Privilege.AUDIT_VIEW,
                        Privilege.STATISTICS_VIEW,
                        Privilege.DOCUMENT_WORKFLOW_MANAGE,
                        Privilege.FEEDBACK_ROUTE,
                        Privilege.FEEDBACK_DASHBOARD)
                .doesNotContain(Privilege.UNIT_MANAGE, Privilege.CALENDAR_MANAGE, Privilege.API_CLIENT_MANAGE);
    }

    @Test
    void citywideSettingsBelongToTheSystemAdministratorAlone() {
        assertThat(RolePrivileges.of(Role.SYSTEM_ADMINISTRATOR))
                .containsExactlyInAnyOrder(
                        Privilege.ADMIN_ACCESS,
                        Privilege.UNIT_MANAGE,
                        Privilege.CALENDAR_MANAGE,
                        Privilege.PROCEDURE_MANAGE,
                        Privilege.API_CLIENT_MANAGE,
                        Privilege.NOTIFICATION_MANAGE,
                        Privilege.PORTAL_SYNC_MANAGE,
                        Privilege.DATA_IMPORT,
                        Privilege.EXCHANGE_MANAGE);
        for (Role role : EnumSet.complementOf(EnumSet.of(Role.SYSTEM_ADMINISTRATOR))) {
            assertThat(RolePrivileges.of(role))
                    .as(role.name())
                    .doesNotContain(
                            Privilege.UNIT_MANAGE,
                            Privilege.CALENDAR_MANAGE,
                            Privilege.PROCEDURE_MANAGE,
                            Privilege.API_CLIENT_MANAGE,
                            Privilege.NOTIFICATION_MANAGE,
                            Privilege.PORTAL_SYNC_MANAGE,
                            Privilege.DATA_IMPORT,
                            Privilege.EXCHANGE_MANAGE);
        }
    }

    @Test
    void citizensAndBusinessesUseSelfServicesFileFeedbackAndHoldNoRole() {
        for (AccountKind kind : List.of(AccountKind.CITIZEN, AccountKind.BUSINESS)) {
            assertThat(RolePrivileges.of(kind, Set.of(Role.ADMINISTRATOR)))
                    .containsExactlyInAnyOrder(Privilege.SELF_SERVICE, Privilege.FEEDBACK_SUBMIT);
        }
    }

    @Test
    void staffPrivilegesAreTheUnionOfTheirRoles() {
        assertThat(RolePrivileges.of(AccountKind.STAFF, Set.of(Role.OFFICER, Role.ADMINISTRATOR)))
                .contains(Privilege.WORKSPACE_ACCESS, Privilege.STAFF_MANAGE)
                .doesNotContain(Privilege.SELF_SERVICE, Privilege.CALENDAR_MANAGE);
    }

    @Test
    void grantingAWorkRoleNeedsNoDossierPrivilegeButGrantingAnAdministratorNeedsItsAuthority() {
        assertThat(RolePrivileges.authorityOf(Set.of(Role.CLERK, Role.OFFICER, Role.LEADER)))
                .isEmpty();
        assertThat(RolePrivileges.authorityOf(Set.of(Role.LEADER, Role.SYSTEM_ADMINISTRATOR)))
                .containsExactlyInAnyOrderElementsOf(RolePrivileges.of(Role.SYSTEM_ADMINISTRATOR));
    }
}
