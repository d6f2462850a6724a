package vn.civic.dossier.web.citizen;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A request larger than the whole upload limit is refused before any handler sees it, with none of its fields: the
 * applicant is sent back to the page the form was on, which says why nothing was sent. Elsewhere the platform's
 * error page answers.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimit {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request, RedirectAttributes redirect)
            throws MaxUploadSizeExceededException {
        String path = request.getRequestURI();
        String query = request.getQueryString();
        String back;
        if (path.equals("/dossiers/new") && query != null) {
            back = path + "?" + query;
        } else if (path.startsWith("/my/dossiers/") && path.endsWith("/supplement")) {
            back = path.substring(0, path.length() - "/supplement".length());
        } else {
            throw e;
        }
        redirect.addFlashAttribute("uploadTooLarge", true);
        return "redirect:" + back;
    }
}
