package vn.civic.identity.staff;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.civic.platform.error.NotFoundException;
import vn.civic.platform.security.Actor;
import vn.civic.platform.security.Privilege;

/**
 * The administrator acting on the staff pages: whose agency scopes the data, and whose privileges bound the roles
 * they may grant.
 */
public record StaffAdmin(String actorId, Long agencyId, Set<Privilege> privileges) {

    public StaffAdmin {
        privileges = privileges.isEmpty() ? EnumSet.noneOf(Privilege.class) : EnumSet.copyOf(privileges);
    }

    /** The signed-in actor; one without an agency manages nobody's staff. */
    public static StaffAdmin current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof Actor actor)) {
            throw NotFoundException.of("StaffAdmin", null);
        }
        Set<Privilege> held = EnumSet.noneOf(Privilege.class);
        for (var authority : authentication.getAuthorities()) {
            for (Privilege p : Privilege.values()) {
                if (p.authority().equals(authority.getAuthority())) {
                    held.add(p);
                }
            }
        }
        return new StaffAdmin(actor.actorId(), actor.agencyId(), held);
    }

    /** True when the administrator holds every one of these privileges. */
    public boolean holdsAll(Set<Privilege> wanted) {
        return privileges.containsAll(wanted);
    }
}
