package vn.civic.identity.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * The sign-in form's authentication, handed to the page chain's own authentication manager. Deliberately not a bean:
 * a bean of this type would also join Spring Security's global manager, which would check (and count) a failed
 * password twice.
 */
class PasswordAuthenticationProvider implements AuthenticationProvider {

    private final PasswordSignIn signIn;

    PasswordAuthenticationProvider(PasswordSignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        Object credentials = authentication.getCredentials();
        return signIn.authenticate(authentication.getName(), credentials == null ? null : credentials.toString());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
