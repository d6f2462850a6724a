package vn.civic.platform.audit;

/**
 * The result of walking the chain.
 *
 * @param checked entries read
 * @param brokenAt sequence number of the first entry that fails, or null when the chain is intact
 * @param problem why it fails: {@code hash_mismatch} (the row was altered), {@code link_broken} (its previous hash
 *     is not the hash of the entry before), {@code sequence_gap} (rows before it were removed) or
 *     {@code head_mismatch} (rows at the end were removed)
 */
public record AuditVerification(long checked, Long brokenAt, String problem) {

    public boolean intact() {
        return brokenAt == null;
    }
}
