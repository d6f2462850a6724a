package vn.civic.org;

import java.time.LocalDate;

/**
 * A node of the administrative hierarchy.
 *
 * @param code the official code of the unit (e.g. {@code 01} for Hà Nội)
 * @param name the full name, with its kind: "Thành phố Hà Nội", "Phường Hoàn Kiếm"
 * @param levelCode the level, as data: {@code PROVINCE}, {@code COMMUNE}, the former {@code DISTRICT}
 * @param validTo the last day the unit existed, or null for a current unit
 * @param successorId the unit that took over a dissolved one, or null
 */
public record AdministrativeUnitView(
        long id,
        String code,
        String name,
        String levelCode,
        Long parentId,
        LocalDate validFrom,
        LocalDate validTo,
        Long successorId) {

    /** True while the unit exists (it has no end date). */
    public boolean current() {
        return validTo == null;
    }
}
