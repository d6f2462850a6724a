package vn.civic.procedure.domain;

import vn.civic.procedure.ProcedureStatus;
import vn.civic.procedure.ServiceLevel;

/**
 * A search of the catalogue; null parts do not filter.
 *
 * @param text words that must all be found in the name, code or sector, ignoring diacritics and case
 * @param agencyCode an implementing agency's organisation code
 * @param agencyCommitteeLevel when that agency is a People's Committee, the level of its unit: procedures naming no
 *     agency are carried out by every committee of their level
 */
public record ProcedureQuery(
        String text,
        String sectorCode,
        String agencyCode,
        String agencyCommitteeLevel,
        ServiceLevel serviceLevel,
        ProcedureStatus status) {}
