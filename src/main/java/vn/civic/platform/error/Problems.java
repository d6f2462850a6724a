package vn.civic.platform.error;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds RFC 9457 problem details with the platform's stable code, so every API error (from a controller, from the
 * security filters, from the servlet container) has one shape: {@code type}, {@code title}, {@code status},
 * {@code detail}, {@code instance}, {@code code} and, for rejected input, {@code errors[]}.
 */
@Component
public class Problems {

    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;
    private static final String TYPE_PREFIX = "urn:civic:problem:";

    private final MessageSource messages;
    private final JsonMapper json;
    private final LocaleResolver localeResolver;

    public Problems(MessageSource messages, JsonMapper json, LocaleResolver localeResolver) {
        this.messages = messages;
        this.json = json;
        this.localeResolver = localeResolver;
    }

    public ProblemDetail of(ErrorCode code, String instance, Object... args) {
        return of(code, List.of(), instance, args);
    }

    public ProblemDetail of(ErrorCode code, List<FieldViolation> violations, String instance, Object... args) {
        return of(code, violations, instance, LocaleContextHolder.getLocale(), args);
    }

    private ProblemDetail of(
            ErrorCode code, List<FieldViolation> violations, String instance, Locale locale, Object... args) {
        ProblemDetail problem = ProblemDetail.forStatus(code.status());
        problem.setType(URI.create(TYPE_PREFIX + code.code()));
        problem.setTitle(code.status().getReasonPhrase());
        problem.setDetail(message(code.messageKey(), args, locale));
        if (instance != null) {
            problem.setInstance(URI.create(instance));
        }
        problem.setProperty("code", code.code());
        if (!violations.isEmpty()) {
            problem.setProperty(
                    "errors",
                    violations.stream()
                            .map(v -> Map.of(
                                    "field", v.field(),
                                    "code", v.code(),
                                    "message", message(v.messageKey(), v.args(), locale)))
                            .toList());
        }
        return problem;
    }

    /** Writes a problem to a raw response, for filters that run before Spring MVC. */
    public void write(HttpServletRequest request, HttpServletResponse response, ErrorCode code) throws IOException {
        write(request, response, code, Map.of());
    }

    /** Writes a problem with extension members, e.g. OAuth2's {@code error} beside the platform's {@code code}. */
    public void write(
            HttpServletRequest request, HttpServletResponse response, ErrorCode code, Map<String, Object> properties)
            throws IOException {
        // Filters run outside the DispatcherServlet, which is what sets the locale holder for controllers.
        ProblemDetail problem = of(code, List.of(), request.getRequestURI(), localeResolver.resolveLocale(request));
        properties.forEach(problem::setProperty);
        response.setStatus(code.status().value());
        response.setContentType(PROBLEM_JSON.toString());
        response.setCharacterEncoding("UTF-8");
        writeBody(response, problem);
    }

    void writeBody(HttpServletResponse response, ProblemDetail problem) throws IOException {
        json.writeValue(response.getOutputStream(), problem);
    }

    /** True when the caller is an API client rather than a browser asking for a page. */
    public static boolean wantsProblemJson(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return true;
        }
        String accept = request.getHeader("Accept");
        return accept != null
                && !accept.contains("text/html")
                && (accept.contains("application/json") || accept.contains("application/problem+json"));
    }

    private String message(String key, Object[] args, Locale locale) {
        return messages.getMessage(key, args, key, locale);
    }
}
