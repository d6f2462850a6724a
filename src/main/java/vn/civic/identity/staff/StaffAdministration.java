package vn.civic.identity.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.civic.identity.AccountKind;
import vn.civic.identity.IdentityError;
import vn.civic.identity.account.Account;
import vn.civic.identity.account.AccountRegistry;
import vn.civic.identity.account.Accounts;
import vn.civic.identity.account.Credential;
import vn.civic.identity.account.Credentials;
import vn.civic.identity.account.OidcLinks;
import vn.civic.identity.account.Role;
import vn.civic.identity.account.RolePrivileges;
import vn.civic.identity.password.PasswordResets;
import vn.civic.identity.security.AccountSessions;
import vn.civic.org.AgencyView;
import vn.civic.org.DepartmentView;
import vn.civic.org.OrgDirectory;
import vn.civic.org.PositionView;
import vn.civic.platform.audit.AuditLog;
import vn.civic.platform.audit.AuditRecord;
import vn.civic.platform.error.CivicException;
import vn.civic.platform.error.CommonError;
import vn.civic.platform.error.ConflictException;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.platform.error.NotFoundException;
import vn.civic.platform.text.SearchText;

/**
 * Staff accounts as their administrators manage them. Every method is scoped to the agencies the administrator's
 * agency manages ({@link OrgDirectory#agencyScope}); an account outside is "not found". An administrator grants only
 * roles whose privileges they hold themselves, and changes only accounts whose privileges they hold. Every change is
 * audited in its transaction. The privilege itself ({@code STAFF_MANAGE}) is checked by the pages.
 */
@Service
public class StaffAdministration {

    public static final int PAGE_SIZE = 25;

    static final String OBJECT_TYPE = "Account";

    private final Accounts accounts;
    private final Credentials credentials;
    private final OidcLinks links;
    private final AccountRegistry registry;
    private final PasswordResets resets;
    private final AccountSessions sessions;
    private final OrgDirectory org;
    private final AuditLog audit;
    private final Clock clock;

    StaffAdministration(
            Accounts accounts,
            Credentials credentials,
            OidcLinks links,
            AccountRegistry registry,
            PasswordResets resets,
            AccountSessions sessions,
            OrgDirectory org,
            AuditLog audit,
            Clock clock) {
        this.accounts = accounts;
        this.credentials = credentials;
        this.links = links;
        this.registry = registry;
        this.resets = resets;
        this.sessions = sessions;
        this.org = org;
        this.audit = audit;
        this.clock = clock;
    }

    /** The agencies whose staff the administrator manages, by name: the choices of the agency fields. */
    public List<AgencyView> agencies(StaffAdmin admin) {
        Set<Long> scope = scope(admin);
        return org.activeAgencies().stream().filter(a -> scope.contains(a.id())).toList();
    }

    /** The roles the administrator may grant: those whose authority they hold ({@link RolePrivileges#authorityOf}). */
    public List<Role> grantableRoles(StaffAdmin admin) {
        return Arrays.stream(Role.values())
                .filter(r -> admin.holdsAll(RolePrivileges.authorityOf(Set.of(r))))
                .toList();
    }

    /**
     * One page of the staff in scope, by name.
     *
     * @param text words of a name, username or email, with or without Vietnamese marks; blank for all
     * @param agencyId one agency of the scope, or null for all of it
     * @param active true or false to filter by status, null for both
     */
    @Transactional(readOnly = true)
    public Page<StaffRow> search(StaffAdmin admin, String text, Long agencyId, Boolean active, int page) {
        Set<Long> scope = scope(admin);
        Set<Long> agencies = agencyId == null ? scope : scope.contains(agencyId) ? Set.of(agencyId) : Set.of();
        if (agencies.isEmpty()) {
            return Page.empty(PageRequest.of(0, PAGE_SIZE));
        }
        Page<Account> found = accounts.searchStaff(
                agencies,
                SearchText.fold(text),
                active,
                PageRequest.of(Math.max(0, page), PAGE_SIZE, Sort.by("fullName", "username")));
        Instant now = clock.instant();
        Map<Long, Credential> credentialsById = credentials
                .findAllById(found.map(Account::id).toList())
                .stream()
                .collect(Collectors.toMap(Credential::accountId, Function.identity()));
        Map<Long, String> agencyNames = names(org.activeAgencies());
        Map<Long, String> departmentNames = found.map(Account::agencyId).toSet().stream()
                .flatMap(agency -> org.departmentsOf(agency).stream())
                .collect(Collectors.toMap(DepartmentView::id, DepartmentView::name));
        Map<Long, String> positionNames =
                org.positions().stream().collect(Collectors.toMap(PositionView::id, PositionView::nameVi));
        return found.map(a -> {
            var view = a.view();
            Credential c = credentialsById.get(a.id());
            return new StaffRow(
                    a.id(),
                    a.username(),
                    a.fullName(),
                    a.email(),
                    agencyNames.getOrDefault(view.agencyId(), ""),
                    view.departmentId() == null ? "" : departmentNames.getOrDefault(view.departmentId(), ""),
                    view.positionId() == null ? "" : positionNames.getOrDefault(view.positionId(), ""),
                    a.roles(),
                    a.active(),
                    c != null && c.lockedAt(now));
        });
    }

    @Transactional(readOnly = true)
    public StaffDetail get(StaffAdmin admin, long id) {
        return detail(admin, find(admin, id));
    }

    /** Creates the account and emails its holder a link to set the first password. */
    @Transactional
    public StaffDetail create(StaffAdmin admin, StaffCommand command) {
        Account.StaffDetails details = details(admin, command, null, registry.usernameViolations(command.username()));
        Account account = registry.createStaff(command.username(), details);
        accounts.flush();
        audit.record(AuditRecord.change("account.created", OBJECT_TYPE, account.id(), null, account.summary()));
        resets.invite(account);
        return detail(admin, account);
    }

    /**
     * Replaces the editable details. A change of roles or agency ends the account's sessions, which hold the
     * privileges and agency of their sign-in.
     *
     * @param version the version the administrator started from
     */
    @Transactional
    public StaffDetail update(StaffAdmin admin, long id, long version, StaffCommand command) {
        Account account = manageable(admin, find(admin, id));
        if (account.version() != version) {
            throw new ConflictException(CommonError.CONCURRENT_MODIFICATION);
        }
        Account.StaffDetails details = details(admin, command, account.id(), List.of());
        String before = account.summary();
        Set<Role> rolesBefore = account.roles();
        Long agencyBefore = account.agencyId();
        String numberBefore = account.personalIdNumber();
        registry.changeStaff(account, details);
        accounts.flush();
        audit.record(AuditRecord.change("account.updated", OBJECT_TYPE, id, before, account.summary()));
        if (!Objects.equals(numberBefore, account.personalIdNumber())) {
            // a provider that linked by the old number must not keep signing its holder in: match again next time
            int forgotten = links.deleteByAccountId(id);
            if (forgotten > 0) {
                audit.record(AuditRecord.change(
                        "account.unlinked",
                        OBJECT_TYPE,
                        id,
                        forgotten + " sign-in provider link(s)",
                        "none: the personal identification number changed"));
            }
        }
        if (!rolesBefore.equals(account.roles()) || !agencyBefore.equals(account.agencyId())) {
            sessions.endAfterCommit(account.username(), null);
        }
        return detail(admin, account);
    }

    /** The account can no longer sign in; its sessions end. An administrator cannot disable their own account. */
    @Transactional
    public StaffDetail disable(StaffAdmin admin, long id) {
        Account account = manageable(admin, find(admin, id));
        if (admin.actorId().equals(account.view().actorId())) {
            throw new ConflictException(IdentityError.OWN_ACCOUNT_NOT_DISABLED);
        }
        if (account.active()) {
            String before = account.summary();
            account.disable(clock.instant());
            accounts.flush();
            audit.record(AuditRecord.change("account.disabled", OBJECT_TYPE, id, before, account.summary()));
            sessions.endAfterCommit(account.username(), null);
        }
        return detail(admin, account);
    }

    @Transactional
    public StaffDetail enable(StaffAdmin admin, long id) {
        Account account = manageable(admin, find(admin, id));
        if (!account.active()) {
            String before = account.summary();
            account.enable(clock.instant());
            accounts.flush();
            audit.record(AuditRecord.change("account.enabled", OBJECT_TYPE, id, before, account.summary()));
        }
        return detail(admin, account);
    }

    /** Ends a lock from failed sign-ins before its time. */
    @Transactional
    public StaffDetail unlock(StaffAdmin admin, long id) {
        Account account = manageable(admin, find(admin, id));
        credentials.lockById(account.id()).ifPresent(credential -> {
            Instant lockedUntil = credential.lockedUntil();
            if (credential.lockedAt(clock.instant()) || credential.failedAttempts() > 0) {
                credential.unlock();
                audit.record(AuditRecord.change(
                        "account.unlocked",
                        OBJECT_TYPE,
                        id,
                        "locked until " + lockedUntil + ", " + credential.failedAttempts() + " failures",
                        "unlocked"));
            }
        });
        return detail(admin, account);
    }

    /** Emails the holder a link to set a new password (an invitation while they never had one). */
    @Transactional
    public StaffDetail sendPasswordLink(StaffAdmin admin, long id) {
        Account account = manageable(admin, find(admin, id));
        if (credentials.existsById(account.id())) {
            resets.requestFor(account);
        } else {
            resets.invite(account);
        }
        return detail(admin, account);
    }

    /** The details to store, after the grant rule and every field check (with {@code earlier} violations). */
    private Account.StaffDetails details(
            StaffAdmin admin, StaffCommand command, Long accountId, List<FieldViolation> earlier) {
        Set<Role> roles = command.roles() == null || command.roles().isEmpty()
                ? EnumSet.noneOf(Role.class)
                : EnumSet.copyOf(command.roles());
        for (Role role : roles) {
            if (!admin.holdsAll(RolePrivileges.authorityOf(Set.of(role)))) {
                throw new CivicException(IdentityError.ROLE_NOT_GRANTABLE, role);
            }
        }
        List<FieldViolation> violations = new ArrayList<>(earlier);
        Long agencyId = command.agencyId();
        if (agencyId == null
                || !scope(admin).contains(agencyId)
                || org.findAgency(agencyId).isEmpty()) {
            violations.add(IdentityError.AGENCY_OUT_OF_SCOPE.on("agencyId"));
        } else if (command.departmentId() != null
                && org.findDepartment(command.departmentId())
                        .filter(d -> d.agencyId() == agencyId)
                        .isEmpty()) {
            violations.add(IdentityError.DEPARTMENT_NOT_OF_AGENCY.on("departmentId"));
        }
        if (command.positionId() != null
                && org.findPosition(command.positionId()).isEmpty()) {
            violations.add(IdentityError.POSITION_UNKNOWN.on("positionId"));
        }
        Account.StaffDetails details = new Account.StaffDetails(
                command.fullName(),
                command.email(),
                command.phone(),
                command.personalIdNumber(),
                agencyId == null ? 0 : agencyId,
                command.departmentId(),
                command.positionId(),
                roles);
        violations.addAll(registry.staffViolations(details, accountId));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return details;
    }

    private Account find(StaffAdmin admin, long id) {
        return accounts.findById(id)
                .filter(a -> a.kind() == AccountKind.STAFF)
                .filter(a -> a.agencyId() != null && scope(admin).contains(a.agencyId()))
                .orElseThrow(() -> NotFoundException.of(OBJECT_TYPE, id));
    }

    private static Account manageable(StaffAdmin admin, Account account) {
        if (!admin.holdsAll(RolePrivileges.authorityOf(account.roles()))) {
            throw new CivicException(IdentityError.ACCOUNT_NOT_MANAGEABLE);
        }
        return account;
    }

    private Set<Long> scope(StaffAdmin admin) {
        return admin.agencyId() == null ? Set.of() : org.agencyScope(admin.agencyId());
    }

    private StaffDetail detail(StaffAdmin admin, Account account) {
        Optional<Credential> credential = credentials.findById(account.id());
        Instant now = clock.instant();
        return new StaffDetail(
                account.view(),
                account.roles(),
                account.version(),
                credential
                        .filter(c -> c.lockedAt(now))
                        .map(Credential::lockedUntil)
                        .orElse(null),
                credential.map(Credential::lastSignedInAt).orElse(null),
                credential.isPresent(),
                admin.holdsAll(RolePrivileges.authorityOf(account.roles())),
                org.findAgency(account.agencyId()).map(AgencyView::name).orElse(""));
    }

    private static Map<Long, String> names(List<AgencyView> agencies) {
        return agencies.stream()
                .sorted(Comparator.comparing(AgencyView::name))
                .collect(Collectors.toMap(AgencyView::id, AgencyView::name, (a, b) -> a));
    }
}
