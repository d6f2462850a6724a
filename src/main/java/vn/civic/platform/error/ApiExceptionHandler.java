package vn.civic.platform.error;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Answers every error of a REST controller with problem details; never a stack trace. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final Problems problems;

    ApiExceptionHandler(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(CivicException.class)
    ResponseEntity<ProblemDetail> civic(CivicException ex, HttpServletRequest request) {
        return respond(problems.of(ex.errorCode(), ex.violations(), request.getRequestURI(), ex.args()));
    }

    @ExceptionHandler(BindException.class)
    ResponseEntity<ProblemDetail> binding(BindException ex, HttpServletRequest request) {
        List<FieldViolation> violations = ex.getFieldErrors().stream()
                .map(e -> FieldViolation.of(e.getField(), validationCode(e.getCode())))
                .toList();
        return respond(problems.of(CommonError.VALIDATION_FAILED, violations, request.getRequestURI()));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> methodValidation(HandlerMethodValidationException ex, HttpServletRequest request) {
        List<FieldViolation> violations = ex.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(e -> FieldViolation.of(
                                r.getMethodParameter().getParameterName(), validationCode(lastCode(e.getCodes())))))
                .toList();
        return respond(problems.of(CommonError.VALIDATION_FAILED, violations, request.getRequestURI()));
    }

    @ExceptionHandler({
        HttpMessageNotReadableException.class,
        MissingServletRequestParameterException.class,
        MethodArgumentTypeMismatchException.class
    })
    ResponseEntity<ProblemDetail> malformed(Exception ex, HttpServletRequest request) {
        return respond(problems.of(CommonError.MALFORMED_REQUEST, request.getRequestURI()));
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> stale(Exception ex, HttpServletRequest request) {
        return respond(problems.of(CommonError.CONCURRENT_MODIFICATION, request.getRequestURI()));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(Exception ex, HttpServletRequest request) {
        return respond(problems.of(CommonError.METHOD_NOT_ALLOWED, request.getRequestURI()));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(Exception ex, HttpServletRequest request) {
        return respond(problems.of(CommonError.UNSUPPORTED_MEDIA_TYPE, request.getRequestURI()));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(Exception ex, HttpServletRequest request) {
        return respond(problems.of(CommonError.PAYLOAD_TOO_LARGE, request.getRequestURI()));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(Exception ex, HttpServletRequest request) {
        return respond(problems.of(CommonError.NOT_FOUND, request.getRequestURI()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) throws Exception {
        if (ex instanceof AccessDeniedException || ex instanceof AuthenticationException) {
            throw ex; // the security filters answer these (401/403 problem details) and audit them
        }
        String reference = ErrorReference.next();
        log.error("Unexpected error {} on {} {}", reference, request.getMethod(), request.getRequestURI(), ex);
        ProblemDetail problem = problems.of(CommonError.INTERNAL, request.getRequestURI());
        problem.setProperty("reference", reference);
        return respond(problem);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(Problems.PROBLEM_JSON)
                .body(problem);
    }

    static String lastCode(String[] codes) {
        return codes == null || codes.length == 0 ? "invalid" : codes[codes.length - 1];
    }

    /** Bean Validation codes ({@code NotBlank}, {@code Size}) as stable snake_case codes. */
    static String validationCode(String constraint) {
        if (constraint == null) {
            return "invalid";
        }
        return constraint.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
