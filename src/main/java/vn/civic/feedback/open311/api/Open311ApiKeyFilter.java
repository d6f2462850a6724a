package vn.civic.feedback.open311.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.civic.identity.MachineClientKeys;

/**
 * Authenticates a POST by the machine client's API key, from the form field {@code api_key} (the specification's
 * way) or the header {@code X-API-Key} (the API's). A refused key leaves the request anonymous and marked, so that
 * the endpoint answers the specification's 403 "invalid api_key" rather than "missing". Reads are never
 * authenticated: they are public and a key on them changes nothing.
 */
class Open311ApiKeyFilter extends OncePerRequestFilter {

    static final String KEY_REFUSED = Open311ApiKeyFilter.class.getName() + ".refused";
    static final String KEY_PARAMETER = "api_key";
    static final String KEY_HEADER = "X-API-Key";

    private final MachineClientKeys keys;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    Open311ApiKeyFilter(MachineClientKeys keys) {
        this.keys = keys;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        String key = presentedKey(request);
        if (key != null) {
            keys.authenticate(key)
                    .ifPresentOrElse(
                            authentication -> {
                                SecurityContext context = contexts.createEmptyContext();
                                context.setAuthentication(authentication);
                                contexts.setContext(context);
                            },
                            () -> request.setAttribute(KEY_REFUSED, Boolean.TRUE));
        }
        chain.doFilter(request, response);
    }

    static String presentedKey(HttpServletRequest request) {
        String header = request.getHeader(KEY_HEADER);
        if (header != null && !header.isBlank()) {
            return header.strip();
        }
        String field = request.getParameter(KEY_PARAMETER);
        return field == null || field.isBlank() ? null : field.strip();
    }
}
