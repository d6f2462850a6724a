package vn.civic.platform.audit;

import java.time.Instant;

/** A stored audit entry, as the log shows it and as its hash covers it. */
public record AuditEntry(
        long seq,
        Instant occurredAt,
        String actorId,
        String actorName,
        String agencyCode,
        String action,
        String objectType,
        String objectId,
        AuditRecord.Outcome outcome,
        String before,
        String after,
        String remoteAddress,
        String previousHash,
        String hash) {}
