package vn.civic.platform.error;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

/** The friendly error page: a message from the bundle, the status, and a reference for unexpected failures. */
public final class ErrorPage {

    public static final String VIEW = "platform/error";

    private ErrorPage() {}

    public static ModelAndView of(ErrorCode code, String reference, HttpServletResponse response, Object... args) {
        response.setStatus(code.status().value());
        ModelAndView page = new ModelAndView(VIEW);
        page.setStatus(code.status());
        page.addObject("status", code.status().value());
        page.addObject("messageKey", code.messageKey());
        page.addObject("messageArgs", args);
        page.addObject("reference", reference);
        return page;
    }
}
