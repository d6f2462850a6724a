package vn.civic.platform.calendar.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.civic.platform.calendar.CalendarDayCommand;
import vn.civic.platform.calendar.CalendarDayView;
import vn.civic.platform.calendar.DayKind;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.error.InvalidInputException;

/** One exception day of the working-day calendar; at most one per date. */
@Entity
@Table(name = "calendar_day")
public class CalendarDay {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "calendar_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private DayKind kind;

    @Column(name = "name_vi", nullable = false, length = 200)
    private String nameVi;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(nullable = false, length = 500)
    private String source;

    @Version
    private long version;

    protected CalendarDay() {}

    /** A new day; refused unless the command keeps the rules of {@link CalendarDayCommand#violations()}. */
    public CalendarDay(CalendarDayCommand command) {
        change(command);
    }

    /** Replaces every field; refused unless the command keeps the rules of {@link CalendarDayCommand#violations()}. */
    public void change(CalendarDayCommand command) {
        List<FieldViolation> violations = command.violations();
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        this.date = command.date();
        this.kind = command.kind();
        this.nameVi = command.nameVi();
        this.nameEn = command.nameEn();
        this.source = command.source();
    }

    public long version() {
        return version;
    }

    public CalendarDayView view() {
        return new CalendarDayView(id, date, kind, nameVi, nameEn, source, version);
    }
}
