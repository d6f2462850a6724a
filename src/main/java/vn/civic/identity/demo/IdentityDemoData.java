package vn.civic.identity.demo;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.civic.identity.account.Account;
import vn.civic.identity.account.AccountRegistry;
import vn.civic.identity.account.Accounts;
import vn.civic.identity.account.Role;
import vn.civic.identity.password.Passwords;
import vn.civic.org.AgencyView;
import vn.civic.org.DepartmentView;
import vn.civic.org.OrgDirectory;
import vn.civic.org.PositionView;
import vn.civic.org.demo.DemoAgencies;
import vn.civic.platform.audit.AuditLog;
import vn.civic.platform.audit.AuditRecord;
import vn.civic.platform.demo.DemoDataset;

/**
 * The demo city's accounts, all with the password {@value #PASSWORD}: staff of Phường Hoàn Kiếm and Phường Hồng Bàng
 * in each role, an officer-and-leader of each ward's police and of each city's social-insurance office (the agencies
 * of the linked birth, residence and health-insurance procedure), an administrator (who is also system administrator) of each city, citizens whose usernames are their
 * personal identification numbers (born in Hà Nội, code 001, and Hải Phòng, 031), and a business signing in with its
 * tax code. Names are Vietnamese and invented; the numbers are well-formed and belong to nobody we know of.
 */
@Component
class IdentityDemoData implements DemoDataset {

    static final String PASSWORD = "Civic@2026";

    /** Username, full name, agency code, department code (or null), position code, roles. */
    private record Staff(
            String username, String fullName, String agency, String department, String position, Set<Role> roles) {}

    private record Person(String personalIdNumber, String fullName, String phone) {}

    static final List<Staff> STAFF = List.of(
            new Staff(
                    "vanthu.hoankiem",
                    "Nguyễn Thị Lan",
                    DemoAgencies.HOAN_KIEM,
                    "TTPVHCC",
                    "CLERK",
                    EnumSet.of(Role.CLERK)),
            new Staff(
                    "chuyenvien.hoankiem",
                    "Trần Văn Minh",
                    DemoAgencies.HOAN_KIEM,
                    "KTHTDT",
                    "OFFICER",
                    EnumSet.of(Role.OFFICER)),
            // a second officer of the department, so that an incoming document has a lead handler and a co-handler
            new Staff(
                    "chuyenvien2.hoankiem",
                    "Đinh Thị Ngọc Ánh",
                    DemoAgencies.HOAN_KIEM,
                    "KTHTDT",
                    "OFFICER",
                    EnumSet.of(Role.OFFICER)),
            new Staff(
                    "lanhdao.hoankiem",
                    "Lê Thị Thu Hương",
                    DemoAgencies.HOAN_KIEM,
                    null,
                    "VICE_CHAIRPERSON",
                    EnumSet.of(Role.LEADER)),
            new Staff(
                    "quantri.hoankiem",
                    "Phạm Đức Anh",
                    DemoAgencies.HOAN_KIEM,
                    "VP",
                    "CIVIL_SERVANT",
                    EnumSet.of(Role.ADMINISTRATOR)),
            new Staff(
                    "quantri.hanoi",
                    "Hoàng Văn Nam",
                    DemoAgencies.HANOI,
                    null,
                    "CHIEF_OF_OFFICE",
                    EnumSet.of(Role.ADMINISTRATOR, Role.SYSTEM_ADMINISTRATOR)),
            new Staff(
                    "vanthu.hongbang",
                    "Vũ Thị Mai",
                    DemoAgencies.HONG_BANG,
                    "TTPVHCC",
                    "CLERK",
                    EnumSet.of(Role.CLERK)),
            new Staff(
                    "chuyenvien.hongbang",
                    "Đỗ Quang Huy",
                    DemoAgencies.HONG_BANG,
                    "KTHTDT",
                    "OFFICER",
                    EnumSet.of(Role.OFFICER)),
            new Staff(
                    "chuyenvien2.hongbang",
                    "Tạ Văn Khánh",
                    DemoAgencies.HONG_BANG,
                    "KTHTDT",
                    "OFFICER",
                    EnumSet.of(Role.OFFICER)),
            new Staff(
                    "lanhdao.hongbang",
                    "Bùi Thanh Tùng",
                    DemoAgencies.HONG_BANG,
                    null,
                    "CHAIRPERSON",
                    EnumSet.of(Role.LEADER)),
            new Staff(
                    "quantri.hongbang",
                    "Ngô Thị Hạnh",
                    DemoAgencies.HONG_BANG,
                    "VP",
                    "CIVIL_SERVANT",
                    EnumSet.of(Role.ADMINISTRATOR)),
            new Staff(
                    "quantri.haiphong",
                    "Đặng Minh Khoa",
                    DemoAgencies.HAIPHONG,
                    null,
                    "CHIEF_OF_OFFICE",
                    EnumSet.of(Role.ADMINISTRATOR, Role.SYSTEM_ADMINISTRATOR)),
            new Staff(
                    "congan.hoankiem",
                    "Trịnh Văn Quân",
                    DemoAgencies.HOAN_KIEM_POLICE,
                    null,
                    "OFFICER",
                    EnumSet.of(Role.OFFICER, Role.LEADER)),
            new Staff(
                    "congan.hongbang",
                    "Lương Thị Nga",
                    DemoAgencies.HONG_BANG_POLICE,
                    null,
                    "OFFICER",
                    EnumSet.of(Role.OFFICER, Role.LEADER)),
            new Staff(
                    "bhxh.hanoi",
                    "Phan Thị Thảo",
                    DemoAgencies.HANOI_SOCIAL_INSURANCE,
                    null,
                    "OFFICER",
                    EnumSet.of(Role.OFFICER, Role.LEADER)),
            new Staff(
                    "bhxh.haiphong",
                    "Cao Văn Long",
                    DemoAgencies.HAIPHONG_SOCIAL_INSURANCE,
                    null,
                    "OFFICER",
                    EnumSet.of(Role.OFFICER, Role.LEADER)));

    /** 001/031: born in Hà Nội/Hải Phòng; 0 male and 1 female born in the 1900s, 2 and 3 in the 2000s. */
    static final List<Person> CITIZENS = List.of(
            new Person("001085012345", "Nguyễn Văn An", "0912345678"),
            new Person("001190004321", "Trần Thị Bình", "0987654321"),
            new Person("031088006789", "Phạm Văn Cường", "0903123456"),
            new Person("031302001234", "Lê Ngọc Diệp", null));

    /** A Hà Nội enterprise (province prefix 01) with a valid check digit. */
    static final String BUSINESS_TAX_CODE = "0109123458";

    static final String BUSINESS_NAME = "Công ty TNHH Dịch vụ Văn phòng Phố Cổ";

    private final Accounts accounts;
    private final AccountRegistry registry;
    private final Passwords passwords;
    private final OrgDirectory org;
    private final AuditLog audit;

    IdentityDemoData(
            Accounts accounts, AccountRegistry registry, Passwords passwords, OrgDirectory org, AuditLog audit) {
        this.accounts = accounts;
        this.registry = registry;
        this.passwords = passwords;
        this.org = org;
        this.audit = audit;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    @Transactional
    public void loadIfAbsent() {
        if (accounts.count() > 0) {
            return;
        }
        List<Account> created = new ArrayList<>();
        for (Staff s : STAFF) {
            AgencyView agency = org.findAgencyByCode(s.agency())
                    .orElseThrow(() -> new IllegalStateException("Demo agency " + s.agency() + " is missing"));
            Long department = s.department() == null
                    ? null
                    : org.departmentsOf(agency.id()).stream()
                            .filter(d -> d.code().equals(s.department()))
                            .map(DepartmentView::id)
                            .findFirst()
                            .orElseThrow(() -> new IllegalStateException(
                                    "Demo department " + s.department() + " of " + s.agency() + " is missing"));
            Long position = org.positions().stream()
                    .filter(p -> p.code().equals(s.position()))
                    .map(PositionView::id)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("Demo position " + s.position() + " is missing"));
            Account account = registry.createStaff(
                    s.username(),
                    new Account.StaffDetails(
                            s.fullName(),
                            email(s.username()),
                            null,
                            null,
                            agency.id(),
                            department,
                            position,
                            s.roles()));
            created.add(account);
        }
        for (Person p : CITIZENS) {
            Account account = registry.registerCitizen(
                    p.personalIdNumber(), p.fullName(), email(p.personalIdNumber()), p.phone());
            created.add(account);
        }
        created.add(registry.registerBusiness(BUSINESS_TAX_CODE, BUSINESS_NAME, email("vanphongphoco"), "02439123456"));
        // one Argon2 hash for all (each costs about a tenth of a second)
        passwords.setInitial(created, PASSWORD);
        audit.record(
                AuditRecord.change("identity.demo.loaded", "Account", null, null, accounts.count() + " demo accounts"));
    }

    @Override
    public List<String> banner() {
        List<String> lines = new ArrayList<>();
        lines.add("Demo accounts, password " + PASSWORD + ":");
        lines.add("  staff (Phường Hoàn Kiếm):  vanthu.hoankiem (clerk), chuyenvien.hoankiem and"
                + " chuyenvien2.hoankiem (officers), lanhdao.hoankiem (leader), quantri.hoankiem (administrator)");
        lines.add("  staff (Phường Hồng Bàng):  vanthu.hongbang, chuyenvien.hongbang, chuyenvien2.hongbang,"
                + " lanhdao.hongbang, quantri.hongbang");
        lines.add("  police (officer + leader):  congan.hoankiem, congan.hongbang");
        lines.add("  social insurance (same):    bhxh.hanoi, bhxh.haiphong");
        lines.add(
                "  city administrators:       quantri.hanoi, quantri.haiphong (administrator + system administrator)");
        lines.add("  citizens:                  "
                + String.join(
                        ", ", CITIZENS.stream().map(Person::personalIdNumber).toList()));
        lines.add("  business (tax code):       " + BUSINESS_TAX_CODE);
        return lines;
    }

    /** Addresses under the reserved {@code .example} domain, which never receives mail. */
    private static String email(String local) {
        return local + "@civic.example";
    }
}
