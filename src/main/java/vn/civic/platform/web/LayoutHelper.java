package vn.civic.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the page layout asks about the current request ({@code ${@layout.path()}}): a bean rather than a model
 * attribute, because views returned by exception handlers get no model attributes. On an error page, rendered by a
 * forward to {@code /error}, the answers are about the address the visitor asked for.
 */
@Component("layout")
public class LayoutHelper {

    /** The path, for marking the current section in the navigation. */
    public String path() {
        HttpServletRequest request = request();
        if (request == null) {
            return "/";
        }
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failed instanceof String original ? original : request.getRequestURI();
        return uri.substring(request.getContextPath().length());
    }

    /** Path and query without {@code lang}, so the language switch returns to the same page and search. */
    public String address() {
        HttpServletRequest request = request();
        String path = path();
        if (request == null) {
            return path;
        }
        Object query = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null
                ? request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING)
                : request.getQueryString();
        if (!(query instanceof String q) || q.isEmpty()) {
            return path;
        }
        return UriComponentsBuilder.fromUriString(path + "?" + q)
                .replaceQueryParam("lang")
                .build()
                .toUriString();
    }

    private static HttpServletRequest request() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }
}
