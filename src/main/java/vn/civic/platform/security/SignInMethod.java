package vn.civic.platform.security;

/**
 * An authentication that names how the person signed in other than with a password, e.g. {@code oidc:vneid}; the
 * audit log writes it into the {@code login.succeeded} entry.
 */
public interface SignInMethod {

    String signInMethod();
}
