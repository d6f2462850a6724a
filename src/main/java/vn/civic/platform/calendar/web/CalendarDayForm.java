package vn.civic.platform.calendar.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.civic.platform.calendar.CalendarDayCommand;
import vn.civic.platform.calendar.CalendarDayView;
import vn.civic.platform.calendar.DayKind;

/** The exception-day form, a JavaBean so that a value that does not convert comes back as typed. */
public class CalendarDayForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    private DayKind kind;
    private String nameVi;
    private String nameEn;
    private String source;
    private Long version;

    static CalendarDayForm of(CalendarDayView day) {
        CalendarDayForm form = new CalendarDayForm();
        form.date = day.date();
        form.kind = day.kind();
        form.nameVi = day.nameVi();
        form.nameEn = day.nameEn();
        form.source = day.source();
        form.version = day.version();
        return form;
    }

    CalendarDayCommand command() {
        return new CalendarDayCommand(date, kind, nameVi, nameEn, source);
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public DayKind getKind() {
        return kind;
    }

    public void setKind(DayKind kind) {
        this.kind = kind;
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

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
