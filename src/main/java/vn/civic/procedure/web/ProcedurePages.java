package vn.civic.procedure.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import vn.civic.org.AgencyKind;
import vn.civic.org.AgencyView;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.time.CivicTime;
import vn.civic.procedure.ProcedureView;
import vn.civic.procedure.ServiceLevel;

/**
 * What the procedure pages share, also as the template bean {@code @procedurePages}: the agencies a procedure names,
 * the agencies offered as a filter, and numbers as Vietnamese readers write them.
 */
@Component("procedurePages")
public class ProcedurePages {

    private final OrgDirectory org;

    ProcedurePages(OrgDirectory org) {
        this.org = org;
    }

    /** The agencies named by a procedure's implementing agencies and its fixed steps, by organisation code. */
    Map<String, AgencyView> agenciesOf(ProcedureView procedure) {
        Map<String, AgencyView> agencies = new LinkedHashMap<>();
        Stream.concat(
                        procedure.agencyCodes().stream(),
                        procedure.steps().stream().map(s -> s.agencyCode()).filter(c -> c != null))
                .distinct()
                .forEach(code -> org.findAgencyByCode(code).ifPresent(a -> agencies.put(code, a)));
        return agencies;
    }

    /** Agencies that carry out procedures: committees, departments, police and social insurance. */
    List<AgencyView> filterAgencies() {
        return org.activeAgencies().stream()
                .filter(a -> a.kind() != AgencyKind.OTHER && a.kind() != AgencyKind.PUBLIC_SERVICE_CENTRE)
                .toList();
    }

    /** {@code 0,25}, {@code 3}: a number of days with a decimal comma and no trailing zeros. */
    public String days(BigDecimal days) {
        return days == null ? "" : days.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** {@code 200.000}: an amount in đồng with dots between thousands. */
    public String money(long amount) {
        return String.format(java.util.Locale.ROOT, "%,d", amount).replace(',', '.');
    }

    /** {@code 14:05 01/12/2026} in Vietnam's time. */
    public String dateTime(java.time.Instant instant) {
        return instant == null ? "" : CivicTime.DATE_TIME.format(instant.atZone(CivicTime.ZONE));
    }

    static ServiceLevel serviceLevel(String value) {
        for (ServiceLevel level : ServiceLevel.values()) {
            if (level.name().equals(value)) {
                return level;
            }
        }
        return null;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
