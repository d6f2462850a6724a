package vn.civic.feedback.routing;

import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The ward or commune containing a point. Until the organisation knows the units' boundaries (issue 6's geo part,
 * {@code OrgDirectory.unitContaining}), no point is placed and reports are routed by the unit chosen in the tree.
 */
@Component
public class UnitLocator {

    /** The lowest current unit containing the point, if the boundaries are known. */
    public Optional<Long> unitAt(double latitude, double longitude) {
        return Optional.empty();
    }
}
