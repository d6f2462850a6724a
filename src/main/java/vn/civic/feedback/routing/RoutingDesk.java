package vn.civic.feedback.routing;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.civic.feedback.FeedbackProperties;
import vn.civic.org.AgencyView;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.security.Actor;
import vn.civic.platform.security.CurrentActor;
import vn.civic.platform.security.Privilege;

/**
 * The routing desk: the agency named by {@code civic.feedback.routing-desk-agency-code} (the city office) that owns
 * every report no rule routes and every report a unit returns. Its staff holding {@code FEEDBACK_ROUTE} route,
 * merge and moderate; the privilege does nothing for staff of other agencies.
 */
@Component
public class RoutingDesk {

    private final OrgDirectory org;
    private final FeedbackProperties properties;

    RoutingDesk(OrgDirectory org, FeedbackProperties properties) {
        this.org = org;
        this.properties = properties;
    }

    /** The desk agency; a missing one is a configuration error. */
    public AgencyView agency() {
        return org.findAgencyByCode(properties.routingDeskAgencyCode())
                .orElseThrow(() -> new IllegalStateException("civic.feedback.routing-desk-agency-code "
                        + properties.routingDeskAgencyCode() + " names no agency"));
    }

    /** True when the current actor works at the desk with {@code FEEDBACK_ROUTE}. */
    public boolean isDeskStaff() {
        if (!CurrentActor.has(Privilege.FEEDBACK_ROUTE)) {
            return false;
        }
        Long agencyId = CurrentActor.get().map(Actor::agencyId).orElse(null);
        return agencyId != null && agencyId == agency().id();
    }

    /** Refuses anyone but the desk's staff. */
    public void requireDeskStaff() {
        if (!isDeskStaff()) {
            throw new AccessDeniedException("Only the routing desk's staff may do this");
        }
    }
}
