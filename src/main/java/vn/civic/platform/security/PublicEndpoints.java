package vn.civic.platform.security;

import java.util.List;

/**
 * Paths a module serves to anyone (the home page, the procedure catalogue, static assets). Each module declares its
 * own as a bean; the identity module's security configuration permits exactly these and requires sign-in elsewhere.
 */
public record PublicEndpoints(List<String> patterns) {

    public static PublicEndpoints of(String... patterns) {
        return new PublicEndpoints(List.of(patterns));
    }
}
