package vn.civic.dossier.forms;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.civic.org.AdministrativeUnitView;
import vn.civic.org.OrgDirectory;

/**
 * An e-form address ({@code "<unit id>|<street address>"}) in words, as Vietnamese writes it: the street, then the
 * units from the ward up to the province ("12 Hàng Bạc, Phường Hoàn Kiếm, Thành phố Hà Nội").
 */
@Component
public class Addresses {

    private final OrgDirectory org;

    Addresses(OrgDirectory org) {
        this.org = org;
    }

    /** The address in words; a value that is not a stored address is given back as it is, null as null. */
    public String text(String stored) {
        if (stored == null) {
            return null;
        }
        int separator = stored.indexOf('|');
        if (separator < 0) {
            return stored;
        }
        String unit = stored.substring(0, separator).strip();
        List<String> parts = new ArrayList<>();
        String street = stored.substring(separator + 1).strip();
        if (!street.isEmpty()) {
            parts.add(street);
        }
        if (unit.matches("\\d{1,18}")) {
            List<AdministrativeUnitView> path = org.unitPath(Long.parseLong(unit));
            for (int i = path.size() - 1; i >= 0; i--) {
                parts.add(path.get(i).name());
            }
        }
        return String.join(", ", parts);
    }
}
