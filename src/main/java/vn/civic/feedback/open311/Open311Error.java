package vn.civic.feedback.open311;

import org.springframework.http.HttpStatus;
import vn.civic.platform.error.ErrorCode;

/**
 * What the Open311 endpoint refuses, with the HTTP status the specification gives each kind: 404 for what does not
 * exist (jurisdiction, service, request, token), 403 for a missing or invalid {@code api_key}, 400 for everything
 * else. The answer's body is the specification's {@code errors/error} list; each error's {@code code} is the HTTP
 * status ("in most cases, this should match the HTTP status code") and its {@code description} the message of
 * {@code error.<code>} in the client's language. The codes below are stable and name the messages.
 */
public enum Open311Error implements ErrorCode {
    JURISDICTION_NOT_FOUND("open311_jurisdiction_not_found", HttpStatus.NOT_FOUND),
    SERVICE_NOT_FOUND("open311_service_not_found", HttpStatus.NOT_FOUND),
    REQUEST_NOT_FOUND("open311_request_not_found", HttpStatus.NOT_FOUND),
    TOKEN_NOT_FOUND("open311_token_not_found", HttpStatus.NOT_FOUND),
    RESOURCE_NOT_FOUND("open311_resource_not_found", HttpStatus.NOT_FOUND),
    API_KEY_MISSING("open311_api_key_missing", HttpStatus.FORBIDDEN),
    API_KEY_INVALID("open311_api_key_invalid", HttpStatus.FORBIDDEN),
    API_KEY_NOT_ALLOWED("open311_api_key_not_allowed", HttpStatus.FORBIDDEN),
    SERVICE_CODE_MISSING("open311_service_code_missing", HttpStatus.BAD_REQUEST),
    LOCATION_MISSING("open311_location_missing", HttpStatus.BAD_REQUEST),
    LAT_LONG_INVALID("open311_lat_long_invalid", HttpStatus.BAD_REQUEST),
    ADDRESS_ID_INVALID("open311_address_id_invalid", HttpStatus.BAD_REQUEST),
    DATE_INVALID("open311_date_invalid", HttpStatus.BAD_REQUEST),
    DATE_RANGE_INVALID("open311_date_range_invalid", HttpStatus.BAD_REQUEST),
    DATE_RANGE_TOO_LONG("open311_date_range_too_long", HttpStatus.BAD_REQUEST),
    STATUS_INVALID("open311_status_invalid", HttpStatus.BAD_REQUEST),
    PAGE_INVALID("open311_page_invalid", HttpStatus.BAD_REQUEST),
    TOO_MANY_REQUEST_IDS("open311_too_many_request_ids", HttpStatus.BAD_REQUEST),
    CONTACT_REQUIRED("open311_contact_required", HttpStatus.BAD_REQUEST),
    ATTRIBUTE_REQUIRED("open311_attribute_required", HttpStatus.BAD_REQUEST),
    ATTRIBUTE_VALUE_INVALID("open311_attribute_value_invalid", HttpStatus.BAD_REQUEST),
    DESCRIPTION_TOO_LONG("open311_description_too_long", HttpStatus.BAD_REQUEST),
    PARAMETER_TOO_LONG("open311_parameter_too_long", HttpStatus.BAD_REQUEST),
    METHOD_NOT_ALLOWED("open311_method_not_allowed", HttpStatus.BAD_REQUEST),
    CONTENT_TYPE_UNSUPPORTED("open311_content_type_unsupported", HttpStatus.BAD_REQUEST),
    GENERAL("open311_general_error", HttpStatus.BAD_REQUEST);

    private final String code;
    private final HttpStatus status;

    Open311Error(String code, HttpStatus status) {
        this.code = code;
        this.status = status;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
