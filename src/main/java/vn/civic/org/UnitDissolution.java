package vn.civic.org;

import java.time.LocalDate;
import java.util.List;
import vn.civic.platform.error.FieldViolation;

/**
 * Ends an administrative unit: it keeps its row, with its last day and the unit that took it over, so old addresses
 * and dossiers still name it.
 *
 * @param lastDay the last day the unit existed (30/06/2025 for the districts of the three-tier model)
 * @param successorId the current unit that took it over, or null when several did or none
 */
public record UnitDissolution(LocalDate lastDay, Long successorId) {

    public List<FieldViolation> violations() {
        return new FieldChecks().date("lastDay", lastDay, true).list();
    }
}
