package vn.civic.procedure;

import java.util.List;

/**
 * What one channel of a procedure promises.
 *
 * @param time the statutory time limit
 * @param fees fees and charges (phí, lệ phí); empty when free
 * @param description the portal's note on the channel, may be null
 */
public record ChannelTerms(Channel channel, ProcessingTime time, List<Fee> fees, String description) {

    /** The fees owed for what the applicant entered: those that come to more than 0 đồng. */
    public List<Fee> feesOwed(FormData data) {
        return fees == null
                ? List.of()
                : fees.stream().filter(f -> f.owed(data) > 0).toList();
    }

    /** The total owed for what the applicant entered, in đồng (0: nothing to pay, or exempt). */
    public long amountOwed(FormData data) {
        return feesOwed(data).stream().mapToLong(f -> f.owed(data)).sum();
    }
}
