package vn.civic.org;

/**
 * An agency as other modules see it.
 *
 * @param code organisation code ({@code V1V2V3.Z1Z2.Y1Y2.MX1X2}, e.g. {@code 000.00.00.H26})
 * @param nameEn English name, or null when none is recorded
 * @param abbreviation what document symbols use, e.g. {@code UBND} in {@code 12/QĐ-UBND}; may be null
 * @param parentId the agency above it, or null at the top
 * @param administrativeUnitId the administrative unit it governs or sits in; may be null
 */
public record AgencyView(
        long id,
        String code,
        String name,
        String nameEn,
        String abbreviation,
        AgencyKind kind,
        Long parentId,
        Long administrativeUnitId,
        boolean active) {}
