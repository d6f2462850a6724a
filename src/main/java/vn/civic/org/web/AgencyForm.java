package vn.civic.org.web;

import vn.civic.org.AgencyCommand;
import vn.civic.org.AgencyDetails;
import vn.civic.org.AgencyKind;

/** The agency form, a JavaBean so that a value that does not convert comes back as typed. */
public class AgencyForm {

    private String code;
    private String name;
    private String nameEn;
    private String abbreviation;
    private AgencyKind kind;
    private Long parentId;
    private Long administrativeUnitId;
    private String address;
    private String email;
    private String phone;
    private Long version;

    static AgencyForm of(AgencyDetails details) {
        AgencyForm form = new AgencyForm();
        form.code = details.agency().code();
        form.name = details.agency().name();
        form.nameEn = details.agency().nameEn();
        form.abbreviation = details.agency().abbreviation();
        form.kind = details.agency().kind();
        form.parentId = details.agency().parentId();
        form.administrativeUnitId = details.agency().administrativeUnitId();
        form.address = details.address();
        form.email = details.email();
        form.phone = details.phone();
        form.version = details.version();
        return form;
    }

    AgencyCommand command() {
        return new AgencyCommand(
                code, name, nameEn, abbreviation, kind, parentId, administrativeUnitId, address, email, phone);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getAbbreviation() {
        return abbreviation;
    }

    public void setAbbreviation(String abbreviation) {
        this.abbreviation = abbreviation;
    }

    public AgencyKind getKind() {
        return kind;
    }

    public void setKind(AgencyKind kind) {
        this.kind = kind;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public Long getAdministrativeUnitId() {
        return administrativeUnitId;
    }

    public void setAdministrativeUnitId(Long administrativeUnitId) {
        this.administrativeUnitId = administrativeUnitId;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
