package vn.civic.exchange.edxml;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * A file of the package: its manifest {@code Reference} and its bytes ({@code AttachmentEncoded}).
 *
 * @param contentId how the manifest and the encoded attachment name each other, {@code cid:1}
 */
public record Attachment(
        String contentId, String contentType, String attachmentName, String description, byte[] content) {

    /** The SHA-256 digest written on the manifest's Reference ({@code Digest="SHA-256:<base64>"}, decision 0028). */
    public String digest() {
        return digestOf(content);
    }

    static String digestOf(byte[] bytes) {
        try {
            return "SHA-256:"
                    + Base64.getEncoder()
                            .encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
