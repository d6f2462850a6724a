package vn.civic.identity.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * How secrets and API keys look and how they are stored. Both are 256 random bits made here, so a single SHA-256 is
 * as hard to reverse as the secret is to guess; a slow password hash would only slow the token endpoint down.
 *
 * <p>An API key reads {@code civic_<prefix>_<secret>}: the 8-character prefix is stored in clear so that
 * administrators recognise a key and the server finds it with one indexed read; the whole key is stored hashed.
 */
public final class ApiKeyFormat {

    public static final String PREFIX = "civic_";
    static final int PREFIX_LENGTH = 8;
    private static final char[] PREFIX_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeyFormat() {}

    /** A key split into its visible prefix and the whole presented value. */
    public record ParsedKey(String prefix, String value) {}

    /** A new client secret: 256 random bits, base64url. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String newPrefix() {
        char[] chars = new char[PREFIX_LENGTH];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = PREFIX_ALPHABET[RANDOM.nextInt(PREFIX_ALPHABET.length)];
        }
        return new String(chars);
    }

    public static String newKey(String prefix) {
        return PREFIX + prefix + "_" + newSecret();
    }

    /** The prefix of a presented key, or empty when it is not shaped like a Civic key. */
    public static Optional<ParsedKey> parse(String presented) {
        if (presented == null
                || presented.length() > 100
                || !presented.startsWith(PREFIX)
                || presented.length() < PREFIX.length() + PREFIX_LENGTH + 2
                || presented.charAt(PREFIX.length() + PREFIX_LENGTH) != '_') {
            return Optional.empty();
        }
        return Optional.of(
                new ParsedKey(presented.substring(PREFIX.length(), PREFIX.length() + PREFIX_LENGTH), presented));
    }

    /** Hex SHA-256 of the value. */
    public static String hash(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** Compares two hashes in time independent of where they differ. */
    public static boolean sameHash(String a, String b) {
        return a != null
                && b != null
                && MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
