package vn.civic.identity.client.security;

/** Claims Civic puts in its access tokens beyond the standard ones ({@code iss}, {@code sub}, {@code scope}, ...). */
final class TokenClaims {

    /** The client id, as RFC 9068 names it. */
    static final String CLIENT_ID = "client_id";
    /** The client's member id {@code VN:GOV:<organisation code>:<subsystem>}. */
    static final String MEMBER = "member";
    /** The secret version the token was issued under; a rotation raises it and ends older tokens. */
    static final String SECRET_VERSION = "secret_version";

    static final String SCOPE = "scope";
    static final String SCP = "scp";

    private TokenClaims() {}
}
