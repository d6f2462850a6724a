package vn.civic.org.web;

import vn.civic.org.DepartmentCommand;
import vn.civic.org.DepartmentDetails;

/** The department form. */
public class DepartmentForm {

    private String code;
    private String name;
    private Long version;

    static DepartmentForm of(DepartmentDetails details) {
        DepartmentForm form = new DepartmentForm();
        form.code = details.department().code();
        form.name = details.department().name();
        form.version = details.version();
        return form;
    }

    DepartmentCommand command() {
        return new DepartmentCommand(code, name);
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

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
