package vn.civic.procedure;

import java.util.List;

/**
 * What one channel of a procedure promises.
 *
 * @param time the statutory time limit
 * @param fees fees and charges (phí, lệ phí); empty when free
 * @param description the portal's note on the channel, may be null
 */
public record ChannelTerms(Channel channel, ProcessingTime time, List<Fee> fees, String description) {}
