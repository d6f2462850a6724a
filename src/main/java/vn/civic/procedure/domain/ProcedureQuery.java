package vn.civic.procedure.domain;

import vn.civic.org.AgencyKind;
import vn.civic.org.AgencyView;
import vn.civic.org.OrgDirectory;
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
        ProcedureStatus status) {

    /**
     * A search of active procedures; an implementing agency that is a People's Committee also finds the procedures of
     * its unit's level that name no agency.
     */
    static ProcedureQuery active(
            String text, String sectorCode, String agencyCode, ServiceLevel serviceLevel, OrgDirectory org) {
        String level = null;
        if (agencyCode != null) {
            AgencyView agency = org.findAgencyByCode(agencyCode).orElse(null);
            if (agency != null
                    && agency.kind() == AgencyKind.PEOPLES_COMMITTEE
                    && agency.administrativeUnitId() != null) {
                level = org.findUnit(agency.administrativeUnitId())
                        .map(u -> u.levelCode())
                        .orElse(null);
            }
        }
        return new ProcedureQuery(text, sectorCode, agencyCode, level, serviceLevel, ProcedureStatus.ACTIVE);
    }
}
