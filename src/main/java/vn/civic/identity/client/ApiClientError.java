package vn.civic.identity.client;

import org.springframework.http.HttpStatus;
import vn.civic.platform.error.ErrorCode;

/** Error codes of machine clients: the registry, the token endpoint and API authentication. */
public enum ApiClientError implements ErrorCode {
    CLIENT_NOT_FOUND("api_client_not_found", HttpStatus.NOT_FOUND),
    CLIENT_REVOKED("api_client_revoked", HttpStatus.CONFLICT),
    KEY_NOT_FOUND("api_key_not_found", HttpStatus.NOT_FOUND),
    KEY_REVOKED("api_key_revoked", HttpStatus.CONFLICT),
    /** Token endpoint: unknown or revoked client, or a wrong secret (OAuth2 {@code invalid_client}). */
    CLIENT_AUTHENTICATION_FAILED("client_authentication_failed", HttpStatus.UNAUTHORIZED),
    /** Token endpoint: a requested scope the client was not granted (OAuth2 {@code invalid_scope}). */
    SCOPE_NOT_GRANTED("scope_not_granted", HttpStatus.BAD_REQUEST),
    /** Token endpoint: a grant type other than {@code client_credentials}. */
    GRANT_TYPE_UNSUPPORTED("grant_type_unsupported", HttpStatus.BAD_REQUEST),
    /** Token endpoint: any other malformed token request (OAuth2 {@code invalid_request}). */
    TOKEN_REQUEST_INVALID("token_request_invalid", HttpStatus.BAD_REQUEST),
    /** API: a bearer token that is malformed, expired, badly signed, from an untrusted issuer or of no client. */
    ACCESS_TOKEN_INVALID("access_token_invalid", HttpStatus.UNAUTHORIZED),
    /** API: an API key that is unknown, wrong, expired or revoked, or of a revoked client. */
    API_KEY_INVALID("api_key_invalid", HttpStatus.UNAUTHORIZED);

    private final String code;
    private final HttpStatus status;

    ApiClientError(String code, HttpStatus status) {
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
