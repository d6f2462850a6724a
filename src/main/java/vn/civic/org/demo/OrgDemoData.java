package vn.civic.org.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.civic.org.AgencyKind;
import vn.civic.org.OrgProperties;
import vn.civic.org.domain.AdministrativeLevel;
import vn.civic.org.domain.AdministrativeLevels;
import vn.civic.org.domain.AdministrativeUnit;
import vn.civic.org.domain.AdministrativeUnits;
import vn.civic.org.domain.Agencies;
import vn.civic.org.domain.Agency;
import vn.civic.org.domain.Department;
import vn.civic.org.domain.Departments;
import vn.civic.org.domain.Position;
import vn.civic.org.domain.Positions;
import vn.civic.platform.audit.AuditLog;
import vn.civic.platform.audit.AuditRecord;
import vn.civic.platform.demo.DemoDataset;

/**
 * The demo city's organisation: Hà Nội and Hải Phòng in the two-tier model since 1 July 2025, a few of their former
 * districts (and the former province of Hải Dương, merged into Hải Phòng) kept as history, their People's Committees,
 * a few departments of the city and the wards' own divisions, the police of four wards and each city's
 * social-insurance office (the agencies a linked one-stop procedure crosses), and the positions. Unit names are real; unit and
 * organisation codes are illustrative where the national catalogue was not at hand
 * (docs/decisions/0003-organisation.md). Other modules find these agencies by the codes in {@link DemoAgencies}.
 */
@Component
class OrgDemoData implements DemoDataset {

    static final LocalDate TWO_TIER_START = LocalDate.of(2025, 7, 1);
    static final LocalDate THREE_TIER_END = TWO_TIER_START.minusDays(1);

    private final AdministrativeLevels levels;
    private final AdministrativeUnits units;
    private final Agencies agencies;
    private final Departments departments;
    private final Positions positions;
    private final OrgProperties properties;
    private final AuditLog audit;

    OrgDemoData(
            AdministrativeLevels levels,
            AdministrativeUnits units,
            Agencies agencies,
            Departments departments,
            Positions positions,
            OrgProperties properties,
            AuditLog audit) {
        this.levels = levels;
        this.units = units;
        this.agencies = agencies;
        this.departments = departments;
        this.positions = positions;
        this.properties = properties;
        this.audit = audit;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    @Transactional
    public void loadIfAbsent() {
        if (agencies.count() > 0 || units.count() > 0) {
            return;
        }
        AdministrativeLevel province = levels.save(new AdministrativeLevel(
                "PROVINCE", "Tỉnh, thành phố trực thuộc trung ương", "Province or centrally-run city", 1));
        AdministrativeLevel district = levels.save(new AdministrativeLevel(
                "DISTRICT", "Quận, huyện, thị xã (đến 30/6/2025)", "District, town (until 30 June 2025)", 2));
        AdministrativeLevel commune = levels.save(
                new AdministrativeLevel("COMMUNE", "Xã, phường, đặc khu", "Commune, ward, special zone", 3));

        positions();
        hanoi(province, district, commune);
        haiphong(province, district, commune);
        audit.record(AuditRecord.change(
                "org.demo.loaded",
                "Organisation",
                null,
                null,
                agencies.count() + " agencies, " + units.count() + " administrative units"));
    }

    private void positions() {
        List.of(
                        new Position("CHAIRPERSON", "Chủ tịch", "Chairperson", 10, true),
                        new Position("VICE_CHAIRPERSON", "Phó Chủ tịch", "Vice-chairperson", 20, true),
                        new Position("DIRECTOR", "Giám đốc", "Director", 30, true),
                        new Position("DEPUTY_DIRECTOR", "Phó Giám đốc", "Deputy director", 40, true),
                        new Position("CHIEF_OF_OFFICE", "Chánh Văn phòng", "Chief of office", 50, true),
                        new Position("HEAD_OF_DIVISION", "Trưởng phòng", "Head of division", 60, true),
                        new Position(
                                "DEPUTY_HEAD_OF_DIVISION", "Phó Trưởng phòng", "Deputy head of division", 70, true),
                        new Position("OFFICER", "Chuyên viên", "Officer", 80, false),
                        new Position("CIVIL_SERVANT", "Công chức", "Civil servant", 90, false),
                        new Position("CLERK", "Văn thư", "Records clerk", 100, false))
                .forEach(positions::save);
    }

    private void hanoi(AdministrativeLevel province, AdministrativeLevel district, AdministrativeLevel commune) {
        AdministrativeUnit city = units.save(new AdministrativeUnit("01", "Thành phố Hà Nội", province, null, null));
        Map<String, AdministrativeUnit> wards = new HashMap<>();
        for (String[] w : new String[][] {
            {"00070", "Phường Hoàn Kiếm"},
            {"00082", "Phường Cửa Nam"},
            {"00004", "Phường Ba Đình"},
            {"00008", "Phường Ngọc Hà"},
            {"00025", "Phường Giảng Võ"},
            {"00166", "Phường Cầu Giấy"},
            {"10183", "Xã Bát Tràng"}
        }) {
            wards.put(w[1], units.save(new AdministrativeUnit(w[0], w[1], commune, city.id(), TWO_TIER_START)));
        }
        for (String[] d :
                new String[][] {{"001", "Quận Ba Đình"}, {"002", "Quận Hoàn Kiếm"}, {"005", "Quận Cầu Giấy"}}) {
            units.save(formerUnit(d[0], d[1], district, city.id(), null));
        }

        Agency committee = agency(
                DemoAgencies.HANOI,
                "Ủy ban nhân dân Thành phố Hà Nội",
                AgencyKind.PEOPLES_COMMITTEE,
                null,
                city,
                "People's Committee of Hà Nội",
                "UBND",
                "79 Đinh Tiên Hoàng, Phường Hoàn Kiếm, Hà Nội");
        Agency justice = agency(
                DemoAgencies.HANOI_JUSTICE,
                "Sở Tư pháp Thành phố Hà Nội",
                AgencyKind.DEPARTMENT_OF_PROVINCE,
                committee,
                city,
                "Hà Nội Department of Justice",
                "STP",
                "221 Trần Phú, Phường Hà Đông, Hà Nội");
        departments(justice, "VP:Văn phòng Sở", "HCTP:Phòng Hành chính tư pháp", "BTTP:Phòng Bổ trợ tư pháp");
        Agency construction = agency(
                DemoAgencies.HANOI_CONSTRUCTION,
                "Sở Xây dựng Thành phố Hà Nội",
                AgencyKind.DEPARTMENT_OF_PROVINCE,
                committee,
                city,
                "Hà Nội Department of Construction",
                "SXD",
                "52 Lê Đại Hành, Phường Hai Bà Trưng, Hà Nội");
        departments(
                construction,
                "VP:Văn phòng Sở",
                "QLXD:Phòng Quản lý hoạt động xây dựng",
                "CPXD:Phòng Cấp phép xây dựng");
        agency(
                DemoAgencies.HANOI_SERVICE_CENTRE,
                "Trung tâm Phục vụ hành chính công Thành phố Hà Nội",
                AgencyKind.PUBLIC_SERVICE_CENTRE,
                committee,
                city,
                "Hà Nội Public Administrative Service Centre",
                "TTPVHCC",
                "258 Võ Chí Công, Phường Phú Thượng, Hà Nội");
        wardCommittee(DemoAgencies.HOAN_KIEM, wards.get("Phường Hoàn Kiếm"), committee, true);
        wardCommittee(DemoAgencies.CUA_NAM, wards.get("Phường Cửa Nam"), committee, true);
        wardCommittee("000.03.31.H26", wards.get("Phường Ba Đình"), committee, true);
        wardCommittee("000.04.31.H26", wards.get("Phường Cầu Giấy"), committee, true);
        wardCommittee("000.05.31.H26", wards.get("Xã Bát Tràng"), committee, false);
        police(DemoAgencies.HOAN_KIEM_POLICE, wards.get("Phường Hoàn Kiếm"), committee);
        police(DemoAgencies.CUA_NAM_POLICE, wards.get("Phường Cửa Nam"), committee);
        socialInsurance(DemoAgencies.HANOI_SOCIAL_INSURANCE, city, committee, "Hà Nội");
    }

    private void haiphong(AdministrativeLevel province, AdministrativeLevel district, AdministrativeLevel commune) {
        AdministrativeUnit city = units.save(new AdministrativeUnit("31", "Thành phố Hải Phòng", province, null, null));
        // Hải Dương was merged into Hải Phòng on 1 July 2025 (Resolution 202/2025/QH15).
        units.save(formerUnit("30", "Tỉnh Hải Dương", province, null, city));
        Map<String, AdministrativeUnit> wards = new HashMap<>();
        for (String[] w : new String[][] {
            {"11311", "Phường Hồng Bàng"},
            {"11329", "Phường Hồng An"},
            {"11359", "Phường Ngô Quyền"},
            {"11383", "Phường Gia Viên"},
            {"11407", "Phường Lê Chân"},
            {"11443", "Phường An Biên"},
            {"10507", "Phường Hải Dương"},
            {"11914", "Đặc khu Cát Hải"}
        }) {
            wards.put(w[1], units.save(new AdministrativeUnit(w[0], w[1], commune, city.id(), TWO_TIER_START)));
        }
        for (String[] d :
                new String[][] {{"303", "Quận Hồng Bàng"}, {"304", "Quận Ngô Quyền"}, {"305", "Quận Lê Chân"}}) {
            units.save(formerUnit(d[0], d[1], district, city.id(), null));
        }

        Agency committee = agency(
                DemoAgencies.HAIPHONG,
                "Ủy ban nhân dân Thành phố Hải Phòng",
                AgencyKind.PEOPLES_COMMITTEE,
                null,
                city,
                "People's Committee of Hải Phòng",
                "UBND",
                "18 Hoàng Diệu, Phường Hồng Bàng, Hải Phòng");
        Agency justice = agency(
                DemoAgencies.HAIPHONG_JUSTICE,
                "Sở Tư pháp Thành phố Hải Phòng",
                AgencyKind.DEPARTMENT_OF_PROVINCE,
                committee,
                city,
                "Hải Phòng Department of Justice",
                "STP",
                "Số 1 Trần Hưng Đạo, Phường Hồng Bàng, Hải Phòng");
        departments(justice, "VP:Văn phòng Sở", "HCTP:Phòng Hành chính tư pháp", "BTTP:Phòng Bổ trợ tư pháp");
        wardCommittee(DemoAgencies.HONG_BANG, wards.get("Phường Hồng Bàng"), committee, true);
        wardCommittee(DemoAgencies.LE_CHAN, wards.get("Phường Lê Chân"), committee, true);
        wardCommittee("000.03.31.H31", wards.get("Phường Ngô Quyền"), committee, true);
        wardCommittee("000.04.31.H31", wards.get("Phường Hải Dương"), committee, true);
        wardCommittee("000.05.31.H31", wards.get("Đặc khu Cát Hải"), committee, false);
        police(DemoAgencies.HONG_BANG_POLICE, wards.get("Phường Hồng Bàng"), committee);
        police(DemoAgencies.LE_CHAN_POLICE, wards.get("Phường Lê Chân"), committee);
        socialInsurance(DemoAgencies.HAIPHONG_SOCIAL_INSURANCE, city, committee, "Hải Phòng");
    }

    private static AdministrativeUnit formerUnit(
            String code, String name, AdministrativeLevel level, Long parentId, AdministrativeUnit successor) {
        AdministrativeUnit unit = new AdministrativeUnit(code, name, level, parentId, null);
        unit.dissolve(THREE_TIER_END, successor);
        return unit;
    }

    /**
     * A commune or ward People's Committee with the divisions the 2025 reform gave it: the office of the People's
     * Council and Committee, the economy (and, in wards, infrastructure and urban) division, the culture and society
     * division, and the public administrative service centre, its one-stop counter.
     */
    private void wardCommittee(String code, AdministrativeUnit ward, Agency city, boolean urban) {
        String place = ward.view().name();
        Agency committee = agency(
                code,
                "Ủy ban nhân dân " + place,
                AgencyKind.PEOPLES_COMMITTEE,
                city,
                ward,
                "People's Committee of " + place,
                "UBND",
                null);
        departments(
                committee,
                "VP:Văn phòng HĐND và UBND",
                urban ? "KTHTDT:Phòng Kinh tế, Hạ tầng và Đô thị" : "KT:Phòng Kinh tế",
                "VHXH:Phòng Văn hóa - Xã hội",
                "TTPVHCC:Trung tâm Phục vụ hành chính công");
    }

    /**
     * The police of a ward, which registers residence there (linked one-stop procedures reach it as the police serving
     * the ward). Placed under the city's People's Committee so that the city's administrators manage its staff; in
     * reality it answers to the city police and the Ministry of Public Security.
     */
    private void police(String code, AdministrativeUnit ward, Agency city) {
        String name = ward.view().name();
        agency(
                code,
                "Công an " + name.replaceFirst("^Phường", "phường"),
                AgencyKind.POLICE,
                city,
                ward,
                name.replaceFirst("^Phường ", "") + " Ward Police",
                "CA",
                null);
    }

    /** The city's social-insurance office, which issues health-insurance cards (children under 6 included). */
    private void socialInsurance(String code, AdministrativeUnit city, Agency committee, String cityName) {
        agency(
                code,
                "Bảo hiểm xã hội thành phố " + cityName,
                AgencyKind.SOCIAL_INSURANCE,
                committee,
                city,
                cityName + " Social Security",
                "BHXH",
                null);
    }

    private Agency agency(
            String code,
            String name,
            AgencyKind kind,
            Agency parent,
            AdministrativeUnit unit,
            String nameEn,
            String abbreviation,
            String address) {
        if (!properties.isValidOrganisationCode(code)) {
            throw new IllegalStateException(
                    "Demo organisation code " + code + " does not match the configured pattern");
        }
        Agency agency = new Agency(code, name, kind, parent == null ? null : parent.id(), unit.id())
                .details(nameEn, abbreviation, address, null, null);
        return agencies.save(agency);
    }

    private void departments(Agency agency, String... codeAndNames) {
        for (String entry : codeAndNames) {
            int colon = entry.indexOf(':');
            departments.save(new Department(agency.id(), entry.substring(0, colon), entry.substring(colon + 1)));
        }
    }
}
