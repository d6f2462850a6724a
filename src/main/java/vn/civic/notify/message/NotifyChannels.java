package vn.civic.notify.message;

import java.util.List;

/** The outbox channels of the notifications, for their administrators' log. */
public final class NotifyChannels {

    public static final List<String> ALL = List.of(EmailChannel.CHANNEL, TextChannel.CHANNEL);

    private NotifyChannels() {}
}
