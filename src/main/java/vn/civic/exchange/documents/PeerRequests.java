package vn.civic.exchange.documents;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How installations authenticate their requests to each other (STANDARDS.md: national exchange requests carry an
 * HMAC-SHA256 signature and a SHA-256 hash of the content). The signed text is the sender's organisation code, the
 * timestamp and the content hash, one per line, so a captured request cannot be replayed later or with another body.
 */
final class PeerRequests {

    static final String FROM = "X-Exchange-From";
    static final String TIMESTAMP = "X-Exchange-Timestamp";
    static final String CONTENT_HASH = "X-Content-SHA256";
    static final String SIGNATURE = "X-Exchange-Signature";
    static final String SCHEME = "HMAC-SHA256 ";

    private PeerRequests() {}

    static String contentHash(byte[] body) {
        try {
            return Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String signature(String secret, String from, String timestamp, String contentHash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] value = mac.doFinal((from + "\n" + timestamp + "\n" + contentHash).getBytes(StandardCharsets.UTF_8));
            return SCHEME + Base64.getEncoder().encodeToString(value);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True when the request's headers are those the secret makes for this body, at a time near enough to now. */
    static boolean verify(
            String secret,
            byte[] body,
            String from,
            String timestamp,
            String contentHash,
            String signature,
            Instant now,
            Duration skew) {
        if (secret == null
                || secret.isBlank()
                || from == null
                || timestamp == null
                || contentHash == null
                || signature == null) {
            return false;
        }
        Instant at;
        try {
            at = Instant.ofEpochSecond(Long.parseLong(timestamp.strip()));
        } catch (NumberFormatException e) {
            return false;
        }
        if (Duration.between(at, now).abs().compareTo(skew) > 0) {
            return false;
        }
        String hash = contentHash(body);
        boolean hashMatches = MessageDigest.isEqual(
                hash.getBytes(StandardCharsets.US_ASCII), contentHash.strip().getBytes(StandardCharsets.US_ASCII));
        String expected = signature(secret, from, timestamp.strip(), hash);
        return hashMatches
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.US_ASCII),
                        signature.strip().getBytes(StandardCharsets.US_ASCII));
    }
}
