package vn.civic.platform.error;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Replaces Spring Boot's whitelabel error endpoint: errors that never reached a controller (unknown URLs, filter
 * failures, container errors) get problem details for API clients and the friendly page for browsers.
 */
@Controller
class CivicErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(CivicErrorController.class);

    private final Problems problems;

    CivicErrorController(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping("${server.error.path:/error}")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ErrorCode code = codeFor(request);
        String reference = null;
        if (code == CommonError.INTERNAL) {
            reference = ErrorReference.next();
            Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            log.error(
                    "Unexpected error {} on {}",
                    reference,
                    request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                    failure instanceof Throwable t ? t : null);
        }
        Object originalUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (wantsProblem(request, originalUri)) {
            response.setStatus(code.status().value());
            response.setContentType(Problems.PROBLEM_JSON.toString());
            response.setCharacterEncoding("UTF-8");
            var problem = problems.of(code, originalUri == null ? null : originalUri.toString());
            if (reference != null) {
                problem.setProperty("reference", reference);
            }
            problems.writeBody(response, problem);
            return null;
        }
        return ErrorPage.of(code, reference, response);
    }

    private static boolean wantsProblem(HttpServletRequest request, Object originalUri) {
        return (originalUri != null && originalUri.toString().startsWith("/api/"))
                || Problems.wantsProblemJson(request);
    }

    private static ErrorCode codeFor(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int value = status instanceof Integer i ? i : 500;
        return switch (value) {
            case 400 -> CommonError.MALFORMED_REQUEST;
            case 401 -> CommonError.UNAUTHENTICATED;
            case 403 -> CommonError.ACCESS_DENIED;
            case 404 -> CommonError.NOT_FOUND;
            case 405 -> CommonError.METHOD_NOT_ALLOWED;
            case 406 -> CommonError.NOT_ACCEPTABLE;
            case 409 -> CommonError.CONFLICT;
            case 413 -> CommonError.PAYLOAD_TOO_LARGE;
            case 415 -> CommonError.UNSUPPORTED_MEDIA_TYPE;
            default -> CommonError.INTERNAL;
        };
    }
}
