package vn.civic.identity.account;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import vn.civic.identity.AccountKind;
import vn.civic.platform.security.Privilege;

/**
 * The one place where roles (and the kinds of account) become privileges; docs/decisions/0007-identity.md holds the
 * same table. Later modules add their privileges here: a clerk's {@code DOSSIER_RECEIVE}, a leader's
 * {@code DOSSIER_APPROVE}.
 */
public final class RolePrivileges {

    /** What every account of a kind may do, whatever its roles. */
    private static final Map<AccountKind, Set<Privilege>> BY_KIND = Map.of(
            AccountKind.CITIZEN, EnumSet.of(Privilege.SELF_SERVICE, Privilege.FEEDBACK_SUBMIT),
            AccountKind.BUSINESS, EnumSet.of(Privilege.SELF_SERVICE, Privilege.FEEDBACK_SUBMIT),
            AccountKind.STAFF, EnumSet.of(Privilege.WORKSPACE_ACCESS));

    private static final Map<Role, Set<Privilege>> BY_ROLE = Map.of(
            Role.CLERK,
                    EnumSet.of(
                            Privilege.WORKSPACE_ACCESS,
                            Privilege.DOSSIER_RECEIVE,
                            Privilege.DOCUMENT_REGISTER,
                            Privilege.DOCUMENT_HANDLE,
                            Privilege.FEEDBACK_HANDLE,
                            Privilege.FEEDBACK_ROUTE),
            Role.OFFICER,
                    EnumSet.of(
                            Privilege.WORKSPACE_ACCESS,
                            Privilege.DOSSIER_PROCESS,
                            Privilege.DOCUMENT_HANDLE,
                            Privilege.FEEDBACK_HANDLE),
            Role.LEADER,
                    EnumSet.of(
                            Privilege.WORKSPACE_ACCESS,
                            Privilege.DOSSIER_PROCESS,
                            Privilege.DOSSIER_ASSIGN,
                            Privilege.DOSSIER_APPROVE,
                            Privilege.STATISTICS_VIEW,
                            Privilege.DOCUMENT_ASSIGN,
                            Privilege.DOCUMENT_HANDLE,
                            Privilege.DOCUMENT_APPROVE,
                            Privilege.FEEDBACK_HANDLE,
                            Privilege.FEEDBACK_DASHBOARD),
            Role.ADMINISTRATOR,
                    EnumSet.of(
                            Privilege.ADMIN_ACCESS,
                            Privilege.AGENCY_MANAGE,
                            Privilege.DEPARTMENT_MANAGE,
                            Privilege.STAFF_MANAGE,
                            Privilege.AUDIT_VIEW,
                            Privilege.STATISTICS_VIEW,
                            Privilege.DOCUMENT_WORKFLOW_MANAGE,
                            Privilege.FEEDBACK_ROUTE,
                            Privilege.FEEDBACK_DASHBOARD),
            Role.SYSTEM_ADMINISTRATOR,
                    EnumSet.of(
                            Privilege.ADMIN_ACCESS,
                            Privilege.UNIT_MANAGE,
                            Privilege.CALENDAR_MANAGE,
                            Privilege.PROCEDURE_MANAGE,
                            Privilege.API_CLIENT_MANAGE,
                            Privilege.NOTIFICATION_MANAGE,
                            Privilege.PORTAL_SYNC_MANAGE,
                            Privilege.DATA_IMPORT,
                            Privilege.EXCHANGE_MANAGE));

    /**
     * The everyday work of an agency's staff. An administrator hands these out with the clerk, officer and leader roles
     * without holding them: managing staff is not processing dossiers.
     */
    private static final Set<Privilege> AGENCY_WORK = EnumSet.of(
            Privilege.WORKSPACE_ACCESS,
            Privilege.DOSSIER_RECEIVE,
            Privilege.DOSSIER_PROCESS,
            Privilege.DOSSIER_ASSIGN,
            Privilege.DOSSIER_APPROVE,
            Privilege.STATISTICS_VIEW,
            Privilege.DOCUMENT_REGISTER,
            Privilege.DOCUMENT_ASSIGN,
            Privilege.DOCUMENT_HANDLE,
            Privilege.DOCUMENT_APPROVE,
            Privilege.FEEDBACK_HANDLE,
            Privilege.FEEDBACK_ROUTE,
            Privilege.FEEDBACK_DASHBOARD);

    private RolePrivileges() {}

    /**
     * What granting (or editing the holder of) these roles requires the administrator to hold: their privileges except
     * the agency's everyday work, so that nobody grants more authority than their own.
     */
    public static Set<Privilege> authorityOf(Collection<Role> roles) {
        Set<Privilege> authority = of(roles);
        authority.removeAll(AGENCY_WORK);
        return authority;
    }

    /** The privileges of one role. */
    public static Set<Privilege> of(Role role) {
        return EnumSet.copyOf(BY_ROLE.get(role));
    }

    /** The privileges of a set of roles alone. */
    public static Set<Privilege> of(Collection<Role> roles) {
        Set<Privilege> privileges = EnumSet.noneOf(Privilege.class);
        roles.forEach(r -> privileges.addAll(BY_ROLE.get(r)));
        return privileges;
    }

    /** Everything an account of this kind with these roles may do. Only staff hold roles. */
    public static Set<Privilege> of(AccountKind kind, Collection<Role> roles) {
        Set<Privilege> privileges = EnumSet.copyOf(BY_KIND.get(kind));
        if (kind == AccountKind.STAFF) {
            privileges.addAll(of(roles));
        }
        return privileges;
    }
}
