package vn.civic.procedure.form;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import vn.civic.platform.time.CivicTime;

/** The validator on a fixed day (15/06/2026), without the unit tree. */
final class Forms {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(CivicTime.ZONE).toInstant(), CivicTime.ZONE);

    private Forms() {}

    /** Rules that need no administrative unit: every unit id is unknown. */
    static FormValidation validator() {
        return new FormValidation(id -> Optional.empty(), CLOCK);
    }
}
