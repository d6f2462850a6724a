package vn.civic.platform.error;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Shows a friendly page in the user's language for errors raised while rendering pages. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

    @ExceptionHandler(CivicException.class)
    ModelAndView civic(CivicException ex, HttpServletResponse response) {
        return ErrorPage.of(ex.errorCode(), null, response, ex.args());
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ModelAndView stale(HttpServletResponse response) {
        return ErrorPage.of(CommonError.CONCURRENT_MODIFICATION, null, response);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletResponse response) {
        return ErrorPage.of(CommonError.PAYLOAD_TOO_LARGE, null, response);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ModelAndView noResource(HttpServletResponse response) {
        return ErrorPage.of(CommonError.NOT_FOUND, null, response);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception ex, HttpServletRequest request, HttpServletResponse response) throws Exception {
        if (ex instanceof AccessDeniedException || ex instanceof AuthenticationException) {
            throw ex; // the security filters redirect to sign-in or answer 403, and audit it
        }
        String reference = ErrorReference.next();
        log.error("Unexpected error {} on {} {}", reference, request.getMethod(), request.getRequestURI(), ex);
        return ErrorPage.of(CommonError.INTERNAL, reference, response);
    }
}
