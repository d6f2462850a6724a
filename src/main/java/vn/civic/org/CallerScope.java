package vn.civic.org;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.civic.platform.error.NotFoundException;
import vn.civic.platform.security.Actor;
import vn.civic.platform.security.CurrentActor;

/**
 * The agencies the current actor may administer: {@link OrgDirectory#agencyScope} of the actor's agency, nothing
 * for an actor without one. Out-of-scope agencies are answered as missing (404), never as forbidden, so that an
 * administrator does not learn what exists outside the scope.
 */
@Component
class CallerScope {

    private final OrgDirectory directory;

    CallerScope(OrgDirectory directory) {
        this.directory = directory;
    }

    Set<Long> agencies() {
        return CurrentActor.get()
                .map(Actor::agencyId)
                .map(directory::agencyScope)
                .orElse(Set.of());
    }

    /** Refuses an agency outside the scope as not found. */
    void require(long agencyId) {
        if (!agencies().contains(agencyId)) {
            throw NotFoundException.of("Agency", agencyId);
        }
    }
}
