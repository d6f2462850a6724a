package vn.civic.org.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.civic.org.UnitCommand;
import vn.civic.org.UnitDetails;

/** The administrative-unit form, a JavaBean so that a value that does not convert comes back as typed. */
public class UnitForm {

    private String code;
    private String name;
    private Long levelId;
    private Long parentId;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validFrom;

    private Long version;

    static UnitForm of(UnitDetails details) {
        UnitForm form = new UnitForm();
        form.code = details.unit().code();
        form.name = details.unit().name();
        form.levelId = details.level().id();
        form.parentId = details.unit().parentId();
        form.validFrom = details.unit().validFrom();
        form.version = details.version();
        return form;
    }

    UnitCommand command() {
        return new UnitCommand(code, name, levelId, parentId, validFrom);
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

    public Long getLevelId() {
        return levelId;
    }

    public void setLevelId(Long levelId) {
        this.levelId = levelId;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
