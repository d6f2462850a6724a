package vn.civic.exchange.edxml;

import java.time.Instant;
import java.util.List;

/**
 * {@code TraceHeaderList}: the agencies the package passed through, and the business block telling the receiver what
 * to do with the document.
 */
public record TraceHeaderList(List<TraceHeader> traceHeaders, Business business) {

    public TraceHeaderList {
        traceHeaders = List.copyOf(traceHeaders);
    }

    /** One agency the package passed through, and when. */
    public record TraceHeader(String organId, Instant timestamp) {}

    /**
     * The business block.
     *
     * @param action new, revoke, update or replace
     * @param reason why it is revoked, updated or replaced; null for a new document
     * @param replacementDocumentIds the DocumentIds this document replaces (action replace)
     * @param receivers every agency the document is sent to
     */
    public record Business(
            TraceAction action,
            String reason,
            StaffInfo staffInfo,
            List<String> replacementDocumentIds,
            List<Organisation> receivers) {

        public Business {
            replacementDocumentIds = List.copyOf(replacementDocumentIds);
            receivers = List.copyOf(receivers);
        }
    }
}
