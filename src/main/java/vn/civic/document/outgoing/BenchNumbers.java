package vn.civic.document.outgoing;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.civic.document.DocumentKind;
import vn.civic.document.DocumentNumbers;
import vn.civic.document.DocumentTypes;
import vn.civic.identity.AccountView;

/**
 * For the benchmark's {@code document-numbers} scenario only (the {@code bench} profile): the number part of issuing,
 * alone. Takes the next number of the clerk's agency's outgoing register and writes it as an issued register entry in
 * one transaction, as {@link OutgoingIssuing#issue} does, without the PDF work around it, so the figure is the
 * contention on the gap-free counter row (decision 0027).
 */
@Service
@Profile("bench")
public class BenchNumbers {

    private static final String TYPE = "TB";

    private final OutgoingSupport s;
    private final DocumentNumbers numbers;
    private final DocumentTypes types;
    private final JdbcClient jdbc;

    BenchNumbers(OutgoingSupport support, DocumentNumbers numbers, DocumentTypes types, JdbcClient jdbc) {
        this.s = support;
        this.numbers = numbers;
        this.types = types;
        this.jdbc = jdbc;
    }

    /** The number and symbol written. */
    @Transactional
    public String issueNumber() {
        AccountView me = s.me();
        DocumentNumbers.RegisterNumber number = numbers.next(DocumentKind.OUTGOING, me.agencyId(), false);
        String symbol = DocumentNumbers.symbol(number.number(), types.find(TYPE).orElseThrow(), "UBND", null);
        Instant now = s.clock.instant();
        LocalDate today = s.today();
        jdbc.sql("insert into outgoing_document (agency_id, status, confidential, urgency, steering_type, type_code,"
                        + " summary, drafted_by_account_id, register_year, outgoing_number, number_symbol, issued_date,"
                        + " issued_at, issued_by, created_at, created_by, version)"
                        + " values (?, ?, false, 0, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(
                        me.agencyId(),
                        OutgoingStatus.ISSUED.name(),
                        TYPE,
                        "Benchmark " + symbol,
                        me.id(),
                        number.year(),
                        number.number(),
                        symbol,
                        Date.valueOf(today),
                        Timestamp.from(now),
                        me.actorId(),
                        Timestamp.from(now),
                        me.actorId())
                .update();
        return symbol;
    }
}
