package vn.civic.document.outgoing.web;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.civic.platform.time.CivicTime;

/** Formatting for the outgoing documents' pages: dates {@code dd/MM/yyyy}, times in Asia/Ho_Chi_Minh. */
@Component("outgoingPages")
public class OutgoingPages {

    public String date(LocalDate date) {
        return date == null ? "" : CivicTime.DATE.format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : CivicTime.DATE_TIME.format(instant.atZone(CivicTime.ZONE));
    }

    public String size(long bytes) {
        return bytes < 1024 ? bytes + " B" : bytes < 1_048_576 ? (bytes / 1024) + " KB" : (bytes / 1_048_576) + " MB";
    }
}
