package vn.civic.identity.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.civic.identity.AccountKind;
import vn.civic.identity.AccountView;
import vn.civic.platform.text.SearchText;

/**
 * An account of a citizen, a business or a staff member. Its password and sign-in state live apart, in
 * {@link Credential}, so that sign-ins never collide with an administrator editing the account.
 */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private AccountKind kind;

    @Column(nullable = false, length = 100)
    private String username;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(length = 254)
    private String email;

    @Column(length = 20)
    private String phone;

    @Column(name = "personal_id_number", length = 12)
    private String personalIdNumber;

    @Column(name = "tax_code", length = 14)
    private String taxCode;

    @Column(name = "agency_id")
    private Long agencyId;

    @Column(name = "department_id")
    private Long departmentId;

    @Column(name = "position_id")
    private Long positionId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "role", nullable = false, length = 30)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "search_text", nullable = false, length = 700)
    private String searchText;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Account() {}

    private Account(AccountKind kind, String username, String fullName, String email, String phone, Instant now) {
        this.kind = kind;
        this.username = username;
        this.fullName = fullName;
        this.email = email;
        this.phone = phone;
        this.createdAt = now;
        this.updatedAt = now;
        index();
    }

    /** A citizen signs in with the personal identification number. */
    public static Account citizen(String personalIdNumber, String fullName, String email, String phone, Instant now) {
        Account account = new Account(AccountKind.CITIZEN, personalIdNumber, fullName, email, phone, now);
        account.personalIdNumber = personalIdNumber;
        return account;
    }

    /** A business signs in with its tax code. */
    public static Account business(String taxCode, String name, String email, String phone, Instant now) {
        Account account = new Account(AccountKind.BUSINESS, taxCode, name, email, phone, now);
        account.taxCode = taxCode;
        return account;
    }

    public static Account staff(String username, StaffDetails details, Instant now) {
        Account account =
                new Account(AccountKind.STAFF, username, details.fullName(), details.email(), details.phone(), now);
        account.assign(details);
        return account;
    }

    /**
     * What an administrator sets on a staff account.
     *
     * @param personalIdNumber the staff member's 12 digits, optional: a staff sign-in provider may link by it
     * @param roles at least one
     */
    public record StaffDetails(
            String fullName,
            String email,
            String phone,
            String personalIdNumber,
            long agencyId,
            Long departmentId,
            Long positionId,
            Set<Role> roles) {}

    /** Replaces what an administrator edits on a staff account. */
    public void changeStaffDetails(StaffDetails details, Instant now) {
        requireStaff();
        this.fullName = details.fullName();
        this.email = details.email();
        this.phone = details.phone();
        assign(details);
        touched(now);
    }

    /**
     * Takes a citizen's or a business's name and contact details from their e-ID provider, which holds them for the
     * state; a null value leaves the stored one as it is. Staff details belong to their administrators.
     *
     * @return whether anything changed
     */
    public boolean refreshProfile(String fullName, String email, String phone, Instant now) {
        if (kind == AccountKind.STAFF) {
            throw new IllegalStateException("Staff account " + id + " is changed by its administrators only");
        }
        boolean changed = false;
        if (fullName != null && !fullName.equals(this.fullName)) {
            this.fullName = fullName;
            changed = true;
        }
        if (email != null && !email.equals(this.email)) {
            this.email = email;
            changed = true;
        }
        if (phone != null && !phone.equals(this.phone)) {
            this.phone = phone;
            changed = true;
        }
        if (changed) {
            touched(now);
        }
        return changed;
    }

    public void disable(Instant now) {
        this.active = false;
        touched(now);
    }

    public void enable(Instant now) {
        this.active = true;
        touched(now);
    }

    private void assign(StaffDetails details) {
        this.personalIdNumber = details.personalIdNumber();
        this.agencyId = details.agencyId();
        this.departmentId = details.departmentId();
        this.positionId = details.positionId();
        this.roles.clear();
        this.roles.addAll(details.roles());
    }

    private void requireStaff() {
        if (kind != AccountKind.STAFF) {
            throw new IllegalStateException("Account " + id + " is not a staff account");
        }
    }

    private void touched(Instant now) {
        this.updatedAt = now;
        index();
    }

    private void index() {
        this.searchText = SearchText.of(fullName, username, email);
    }

    public Long id() {
        return id;
    }

    public AccountKind kind() {
        return kind;
    }

    public String username() {
        return username;
    }

    public String fullName() {
        return fullName;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String personalIdNumber() {
        return personalIdNumber;
    }

    public String taxCode() {
        return taxCode;
    }

    public boolean active() {
        return active;
    }

    public Long agencyId() {
        return agencyId;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The words a password must not contain: the username and the numbers that identify the account. */
    public Collection<String> identifyingWords() {
        Set<String> words = new TreeSet<>();
        words.add(username);
        if (personalIdNumber != null) {
            words.add(personalIdNumber);
        }
        if (taxCode != null) {
            words.add(taxCode);
        }
        return words;
    }

    public AccountView view() {
        return new AccountView(
                id,
                kind,
                username,
                fullName,
                email,
                phone,
                personalIdNumber,
                taxCode,
                agencyId,
                departmentId,
                positionId,
                active,
                RolePrivileges.of(kind, roles));
    }

    /** One line for the audit log; no secrets. */
    public String summary() {
        return kind + " " + username + " \"" + fullName + "\" email=" + email + " phone=" + phone
                + (kind == AccountKind.STAFF
                        ? (personalIdNumber == null ? "" : " personalIdNumber=" + personalIdNumber)
                                + " agency=" + agencyId + " department=" + departmentId + " position=" + positionId
                                + " roles="
                                + new TreeSet<>(roles)
                        : "")
                + (active ? " active" : " disabled");
    }
}
