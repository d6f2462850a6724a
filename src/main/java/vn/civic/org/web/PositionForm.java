package vn.civic.org.web;

import vn.civic.org.PositionCommand;
import vn.civic.org.PositionDetails;

/** The position form, a JavaBean so that a value that does not convert comes back as typed. */
public class PositionForm {

    private String code;
    private String nameVi;
    private String nameEn;
    private Integer sortOrder;
    private boolean leader;
    private Long version;

    static PositionForm of(PositionDetails details) {
        PositionForm form = new PositionForm();
        form.code = details.position().code();
        form.nameVi = details.position().nameVi();
        form.nameEn = details.position().nameEn();
        form.sortOrder = details.sortOrder();
        form.leader = details.position().leader();
        form.version = details.version();
        return form;
    }

    PositionCommand command() {
        return new PositionCommand(code, nameVi, nameEn, sortOrder, leader);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameVi() {
        return nameVi;
    }

    public void setNameVi(String nameVi) {
        this.nameVi = nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }

    public boolean isLeader() {
        return leader;
    }

    public void setLeader(boolean leader) {
        this.leader = leader;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
