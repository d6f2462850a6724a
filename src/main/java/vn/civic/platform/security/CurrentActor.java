package vn.civic.platform.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The actor of the current request or job, read from the security context. */
public final class CurrentActor {

    private CurrentActor() {}

    public static Optional<Actor> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Optional.empty();
        }
        if (authentication.getPrincipal() instanceof Actor actor) {
            return Optional.of(actor);
        }
        if (authentication.getDetails() instanceof Actor actor) {
            return Optional.of(actor);
        }
        return Optional.empty();
    }

    /** True when the current actor holds the privilege. */
    public static boolean has(Privilege privilege) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream()
                        .anyMatch(a -> privilege.name().equals(a.getAuthority()));
    }
}
