package vn.civic.feedback;

import java.util.List;

/** A page of a queue, with the total and the counts of the flags over the whole queue (not only the page). */
public record QueuePage(List<QueueItem> items, long total, int page, int size, long dueSoonCount, long overdueCount) {

    public QueuePage {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return (int) ((total + size - 1) / size);
    }
}
