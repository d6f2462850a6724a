package vn.civic.identity.client.security;

import org.springframework.security.core.AuthenticationException;

/**
 * A presented API key that does not authenticate.
 *
 * @see ApiKeyAuthenticator
 */
class ApiKeyRejectedException extends AuthenticationException {

    private final String reason;
    private final String prefix;
    private final String clientId;

    /**
     * @param reason {@code malformed}, {@code unknown}, {@code wrong}, {@code expired}, {@code revoked} or
     *     {@code client_revoked}
     * @param prefix the key's visible prefix, when it has one
     * @param clientId the client the prefix belongs to, when known
     */
    ApiKeyRejectedException(String reason, String prefix, String clientId) {
        super("API key rejected: " + reason);
        this.reason = reason;
        this.prefix = prefix;
        this.clientId = clientId;
    }

    String reason() {
        return reason;
    }

    String prefix() {
        return prefix;
    }

    String clientId() {
        return clientId;
    }
}
