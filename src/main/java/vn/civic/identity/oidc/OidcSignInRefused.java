package vn.civic.identity.oidc;

import java.io.Serial;
import org.springframework.security.core.AuthenticationException;
import vn.civic.identity.IdentityError;

/**
 * An OpenID Connect sign-in that the provider confirmed but Civic refuses, or that failed on the way: the sign-in page
 * says why ({@link #error()}), the audit log records it with the provider and subject, nothing else is stored.
 */
public class OidcSignInRefused extends AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final IdentityError error;
    private final String providerId;
    private final String subject;

    public OidcSignInRefused(IdentityError error, String providerId, String subject, String detail) {
        super(detail);
        this.error = error;
        this.providerId = providerId;
        this.subject = subject;
    }

    /** One of the {@code OIDC_} errors: its message is what the person reads. */
    public IdentityError error() {
        return error;
    }

    public String providerId() {
        return providerId;
    }

    /** The provider's subject, or null when the provider did not confirm an identity. */
    public String subject() {
        return subject;
    }
}
