package vn.civic.identity.web;

import java.util.EnumSet;
import java.util.Set;
import vn.civic.identity.account.Role;
import vn.civic.identity.staff.StaffCommand;
import vn.civic.identity.staff.StaffDetail;

/** The staff account form, a JavaBean so that a value that does not convert comes back as typed. */
public class StaffForm {

    private String username;
    private String fullName;
    private String email;
    private String phone;
    private String personalIdNumber;
    private Long agencyId;
    private Long departmentId;
    private Long positionId;
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private Long version;

    static StaffForm of(StaffDetail detail) {
        StaffForm form = new StaffForm();
        form.username = detail.account().username();
        form.fullName = detail.account().fullName();
        form.email = detail.account().email();
        form.phone = detail.account().phone();
        form.personalIdNumber = detail.account().personalIdNumber();
        form.agencyId = detail.account().agencyId();
        form.departmentId = detail.account().departmentId();
        form.positionId = detail.account().positionId();
        form.roles = detail.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(detail.roles());
        form.version = detail.version();
        return form;
    }

    StaffCommand command() {
        return new StaffCommand(
                username, fullName, email, phone, personalIdNumber, agencyId, departmentId, positionId, roles);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
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

    public String getPersonalIdNumber() {
        return personalIdNumber;
    }

    public void setPersonalIdNumber(String personalIdNumber) {
        this.personalIdNumber = personalIdNumber;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public Long getPositionId() {
        return positionId;
    }

    public void setPositionId(Long positionId) {
        this.positionId = positionId;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
