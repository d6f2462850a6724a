package vn.civic.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash of an entry: SHA-256 over every stored field and the previous entry's hash, each field length-prefixed so
 * that no two different entries serialise alike. Changing any field of any row breaks its hash; deleting a row
 * breaks the next row's link and the sequence.
 */
final class AuditChain {

    /** The "previous hash" of the first entry. */
    static final String GENESIS = "0".repeat(64);

    private AuditChain() {}

    static String hash(AuditEntry e) {
        StringBuilder canonical = new StringBuilder(256);
        field(canonical, Long.toString(e.seq()));
        field(canonical, e.occurredAt().toString());
        field(canonical, e.actorId());
        field(canonical, e.actorName());
        field(canonical, e.agencyCode());
        field(canonical, e.action());
        field(canonical, e.objectType());
        field(canonical, e.objectId());
        field(canonical, e.outcome().name());
        field(canonical, e.before());
        field(canonical, e.after());
        field(canonical, e.remoteAddress());
        field(canonical, e.previousHash());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e1);
        }
    }

    private static void field(StringBuilder out, String value) {
        if (value == null) {
            out.append("-;");
        } else {
            out.append(value.length()).append(':').append(value).append(';');
        }
    }
}
