package vn.civic.dossier.forms;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.civic.org.AdministrativeUnitView;
import vn.civic.org.AgencyView;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.pdf.OfficialHeader;
import vn.civic.platform.time.CivicTime;

/** The heading of a form an agency issues: its parent body, its name, and its province as the place. */
@Component
public class OfficialHeaders {

    private final OrgDirectory org;

    OfficialHeaders(OrgDirectory org) {
        this.org = org;
    }

    /** The heading of a document the agency issues at that moment: its governing body, its name, the place, the day. */
    public OfficialHeader of(long agencyId, Instant at) {
        AgencyView agency = org.findAgency(agencyId).orElseThrow();
        String governing = agency.parentId() == null
                ? ""
                : org.findAgency(agency.parentId()).map(AgencyView::name).orElse("");
        List<AdministrativeUnitView> path =
                agency.administrativeUnitId() == null ? List.of() : org.unitPath(agency.administrativeUnitId());
        // Decree 30/2020: the place is the province's name without "Tỉnh" or "Thành phố"
        String place = path.isEmpty() ? "" : path.getFirst().name().replaceFirst("^(Tỉnh|Thành phố)\\s+", "");
        return new OfficialHeader(
                governing, agency.name(), place, at.atZone(CivicTime.ZONE).toLocalDate());
    }
}
