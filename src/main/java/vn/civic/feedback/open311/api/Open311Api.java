package vn.civic.feedback.open311.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.MultiValueMap;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import vn.civic.feedback.FeedbackError;
import vn.civic.feedback.open311.Open311Document;
import vn.civic.feedback.open311.Open311Document.Fields;
import vn.civic.feedback.open311.Open311Error;
import vn.civic.feedback.open311.Open311Exception;
import vn.civic.feedback.open311.Open311Format;
import vn.civic.feedback.open311.Open311Parameters;
import vn.civic.feedback.open311.Open311Requests;
import vn.civic.feedback.open311.Open311Writer;
import vn.civic.platform.error.CivicException;
import vn.civic.platform.error.ErrorReference;
import vn.civic.platform.error.FieldViolation;

/**
 * The Open311 GeoReport v2 endpoint at {@value #BASE} (docs/decisions/0033-open311.md): service discovery, the
 * service list and definitions, creating a request (form-encoded, with an API key), the token look-up, listing
 * requests and one request, and mySociety's service request updates; each in XML and JSON by the resource's
 * extension. Every refusal is the specification's {@code errors/error} list in the asked format, with the
 * specification's HTTP status (404 what does not exist, 403 the API key, 400 the rest), never problem details: Open311
 * clients read only that shape. Reads are public and show only public report data.
 */
@RestController
class Open311Api {

    static final String ROOT = "/open311";
    static final String BASE = ROOT + "/v2";
    private static final String FORMAT = ".{format:" + Open311Format.PATTERN + "}";
    private static final Logger log = LoggerFactory.getLogger(Open311Api.class);

    private final Open311Requests open311;
    private final MessageSource messages;

    Open311Api(Open311Requests open311, MessageSource messages) {
        this.open311 = open311;
        this.messages = messages;
    }

    /**
     * Service discovery, at the versioned endpoint and one level up ({@code /open311/discovery.xml}): the discovery
     * "is meant to supersede the base URL" of the endpoints it lists, so it should not move with a version.
     */
    @GetMapping({BASE + "/discovery" + FORMAT, ROOT + "/discovery" + FORMAT})
    ResponseEntity<byte[]> discovery(
            @PathVariable String format,
            @RequestParam MultiValueMap<String, String> params,
            HttpServletRequest request) {
        return ok(format, open311.discovery(locale(request)));
    }

    @GetMapping(BASE + "/services" + FORMAT)
    ResponseEntity<byte[]> services(
            @PathVariable String format,
            @RequestParam MultiValueMap<String, String> params,
            HttpServletRequest request) {
        return ok(format, open311.services(new Open311Parameters(params), locale(request)));
    }

    @GetMapping(BASE + "/services/{serviceCode}" + FORMAT)
    ResponseEntity<byte[]> definition(
            @PathVariable String serviceCode,
            @PathVariable String format,
            @RequestParam MultiValueMap<String, String> params,
            HttpServletRequest request) {
        return ok(format, open311.definition(serviceCode, new Open311Parameters(params), locale(request)));
    }

    /**
     * Creates a request for a machine client whose API key grants {@code feedback.write}. The body is form-encoded as
     * the specification says; multipart/form-data is accepted too, so that photos can come as {@code media} parts,
     * checked like every photo of a report.
     */
    @PostMapping(BASE + "/requests" + FORMAT)
    @PreAuthorize("hasAuthority('FEEDBACK_CREATE')")
    ResponseEntity<byte[]> create(
            @PathVariable String format,
            @RequestParam MultiValueMap<String, String> params,
            @RequestParam(name = "media", required = false) List<MultipartFile> media,
            HttpServletRequest request) {
        return ok(format, open311.create(new Open311Parameters(params), media, locale(request)));
    }

    @GetMapping(BASE + "/requests" + FORMAT)
    ResponseEntity<byte[]> requests(
            @PathVariable String format,
            @RequestParam MultiValueMap<String, String> params,
            HttpServletRequest request) {
        return ok(format, open311.requests(new Open311Parameters(params), locale(request)));
    }

    @GetMapping(BASE + "/requests/{id}" + FORMAT)
    ResponseEntity<byte[]> request(
            @PathVariable String id,
            @PathVariable String format,
            @RequestParam MultiValueMap<String, String> params,
            HttpServletRequest request) {
        return ok(format, open311.request(id, new Open311Parameters(params), locale(request)));
    }

    @GetMapping(BASE + "/tokens/{token}" + FORMAT)
    ResponseEntity<byte[]> token(
            @PathVariable String token,
            @PathVariable String format,
            @RequestParam MultiValueMap<String, String> params) {
        return ok(format, open311.token(token, new Open311Parameters(params)));
    }

    /** mySociety's extension: the public timeline of changes, so that other systems can follow progress. */
    @GetMapping(BASE + "/servicerequestupdates" + FORMAT)
    ResponseEntity<byte[]> updates(
            @PathVariable String format,
            @RequestParam MultiValueMap<String, String> params,
            HttpServletRequest request) {
        return ok(format, open311.updates(new Open311Parameters(params), locale(request)));
    }

    /**
     * Anything else under the endpoint: a resource that does not exist (404), or a method a resource does not serve
     * (400, "any other error"), in the format the path's extension names, else XML.
     */
    @RequestMapping(ROOT + "/**")
    ResponseEntity<byte[]> unknown(HttpServletRequest request) {
        throw isServed(request.getRequestURI())
                ? new Open311Exception(Open311Error.METHOD_NOT_ALLOWED, request.getMethod())
                : new Open311Exception(Open311Error.RESOURCE_NOT_FOUND);
    }

    /** True when some method serves the path (so the one used is the wrong one). */
    static boolean isServed(String path) {
        if (path.matches(ROOT + "/discovery\\.(xml|json)")) {
            return true;
        }
        String rest = path.startsWith(BASE + "/") ? path.substring(BASE.length() + 1) : "";
        return rest.matches("(discovery|services|requests|servicerequestupdates)\\.(xml|json)")
                || rest.matches("(services|requests|tokens)/[^/]+\\.(xml|json)");
    }

    // ------------------------------------------------------------------------------------------------ errors

    /**
     * A refusal of this endpoint or of the feedback module. The HTTP status is one of the specification's: 404 and 403
     * as they are, "basically 400 for any other error". A submission's rejected fields become one error each ("the
     * response is an array"), named by the Open311 parameter they came from.
     */
    @ExceptionHandler(CivicException.class)
    ResponseEntity<byte[]> refused(CivicException e, HttpServletRequest request) {
        if (e.errorCode() == FeedbackError.SIGN_IN_REQUIRED) {
            // an Open311 client cannot sign its reporter in: what the category needs is a named reporter to reach
            e = new Open311Exception(Open311Error.CONTACT_REQUIRED);
        }
        Locale locale = locale(request);
        List<Fields> errors = new ArrayList<>();
        int status = e.errorCode().status().value();
        if (status != HttpStatus.NOT_FOUND.value() && status != HttpStatus.FORBIDDEN.value()) {
            status = HttpStatus.BAD_REQUEST.value();
        }
        if (e.violations().isEmpty()) {
            errors.add(error(status, messages.getMessage(e.errorCode().messageKey(), e.args(), locale)));
        } else {
            status = HttpStatus.BAD_REQUEST.value();
            for (FieldViolation v : e.violations()) {
                String message = messages.getMessage(v.messageKey(), v.args(), v.code(), locale);
                errors.add(error(status, parameter(v.field()) + ": " + message));
            }
        }
        return errors(request, HttpStatus.valueOf(status), errors);
    }

    /** The Open311 parameter a field of the feedback module's submission came from. */
    static String parameter(String field) {
        if (field == null) {
            return "request";
        }
        if (field.startsWith("attributes.")) {
            return "attribute[" + field.substring("attributes.".length()) + "]";
        }
        if (field.startsWith("photos")) {
            return "media";
        }
        return switch (field) {
            case "categoryCode" -> "service_code";
            case "location", "latitude", "longitude" -> "lat/long";
            case "addressText" -> "address_string";
            case "adminUnitId" -> "address_id";
            case "contact.email", "email" -> "email";
            case "contact.phone", "phone" -> "phone";
            case "contact.name", "name" -> "first_name/last_name";
            case "contact.deviceId", "deviceId" -> "device_id";
            case "externalReference" -> "account_id";
            default -> field;
        };
    }

    /** 403: no key, a key that does not authenticate, or a client without the scope {@code feedback.write}. */
    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<byte[]> denied(RuntimeException e, HttpServletRequest request) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        Open311Error error;
        if (request.getAttribute(Open311ApiKeyFilter.KEY_REFUSED) != null) {
            error = Open311Error.API_KEY_INVALID;
        } else if (caller == null || !caller.isAuthenticated() || caller.getPrincipal() instanceof String) {
            error = Open311Error.API_KEY_MISSING;
        } else {
            error = Open311Error.API_KEY_NOT_ALLOWED;
        }
        return refused(new Open311Exception(error), request);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<byte[]> mediaType(Exception e, HttpServletRequest request) {
        return refused(new Open311Exception(Open311Error.CONTENT_TYPE_UNSUPPORTED), request);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<byte[]> tooLarge(Exception e, HttpServletRequest request) {
        return refused(new Open311Exception(Open311Error.PARAMETER_TOO_LONG, "media", "60 MB"), request);
    }

    /** "General service error": anything that fails while processing; logged with a reference the client can quote. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<byte[]> unexpected(Exception e, HttpServletRequest request) {
        String reference = ErrorReference.next();
        log.error("Open311: unexpected error {} on {} {}", reference, request.getMethod(), request.getRequestURI(), e);
        return refused(new Open311Exception(Open311Error.GENERAL, reference), request);
    }

    private static Fields error(int code, String description) {
        return Fields.builder()
                .add("code", code)
                .add("description", description)
                .build();
    }

    private static ResponseEntity<byte[]> errors(HttpServletRequest request, HttpStatus status, List<Fields> errors) {
        Open311Format format = Open311Format.ofPath(request.getRequestURI());
        return ResponseEntity.status(status)
                .contentType(format.mediaType())
                .body(Open311Writer.write(Open311Document.list("errors", "error", errors), format));
    }

    private static ResponseEntity<byte[]> ok(String format, Open311Document document) {
        Open311Format f = Open311Format.of(format).orElseThrow();
        return ResponseEntity.ok().contentType(f.mediaType()).body(Open311Writer.write(document, f));
    }

    /**
     * Vietnamese unless the client asks for English, by {@code Accept-Language} (its first language) or, like the
     * pages, {@code ?lang=en}.
     */
    static Locale locale(HttpServletRequest request) {
        String lang = request.getParameter("lang");
        if (lang == null) {
            String accept = request.getHeader("Accept-Language");
            lang = accept == null ? "" : accept.strip();
        }
        return lang.regionMatches(true, 0, "en", 0, 2) ? Locale.ENGLISH : Locale.of("vi");
    }
}
