package vn.civic.identity.client;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Hashes and checks client secrets as {@code {sha256}<hex>} (see {@link ApiKeyFormat} for why one SHA-256 is
 * enough). Given to the token endpoint's client authentication explicitly, so that the password encoder of staff
 * accounts never applies to machine clients.
 */
public final class SecretEncoder implements PasswordEncoder {

    static final String ID = "{sha256}";

    public static String encodeSecret(CharSequence secret) {
        return ID + ApiKeyFormat.hash(secret.toString());
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return encodeSecret(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null || !encodedPassword.startsWith(ID)) {
            return false;
        }
        return ApiKeyFormat.sameHash(encodeSecret(rawPassword), encodedPassword);
    }
}
