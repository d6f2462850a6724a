package vn.civic.org.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.civic.org.UnitDissolution;

/** The form that dissolves an administrative unit. */
public class DissolutionForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate lastDay;

    private Long successorId;
    private Long version;

    static DissolutionForm startingFrom(long version) {
        DissolutionForm form = new DissolutionForm();
        form.version = version;
        return form;
    }

    UnitDissolution command() {
        return new UnitDissolution(lastDay, successorId);
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    public Long getSuccessorId() {
        return successorId;
    }

    public void setSuccessorId(Long successorId) {
        this.successorId = successorId;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
