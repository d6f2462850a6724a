package vn.civic.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.civic.platform.time.CivicTime;

/**
 * Dossier codes from {@link DossierProperties#codePattern()}, numbered per receiving agency and day. A number is taken
 * in its own short transaction before the submission's, so concurrent submissions to one agency wait on the counter
 * row only for that moment, not for each other's whole filing. The codes of a day are unique and increasing; a
 * submission that fails after taking its number leaves a gap (docs/decisions/0013-dossier-lifecycle.md).
 */
@Component
class DossierCodes {

    private static final Pattern TOKEN = Pattern.compile("\\{(agency|date:([^}]+)|seq:(\\d+))}");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separate;
    private final String pattern;

    DossierCodes(JdbcTemplate jdbc, PlatformTransactionManager transactions, DossierProperties properties) {
        this.jdbc = jdbc;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.pattern = properties.codePattern();
        format(pattern, "000.00.00.H00", LocalDate.EPOCH, 1); // a broken pattern stops the start-up
    }

    /** The next code of the agency for the day of {@code at}, committed at once; call outside any transaction. */
    public String next(long agencyId, String organisationCode, Instant at) {
        LocalDate day = at.atZone(CivicTime.ZONE).toLocalDate();
        Integer value = separate.execute(status -> take(agencyId, day));
        if (value == null) {
            createCounter(agencyId, day);
            value = separate.execute(status -> take(agencyId, day));
        }
        return format(pattern, organisationCode, day, value);
    }

    /** The day's next number, or null when the day has no counter row yet. */
    private Integer take(long agencyId, LocalDate day) {
        int updated = jdbc.update(
                "update dossier_code_counter set last_value = last_value + 1 where agency_id = ? and counter_day = ?",
                agencyId,
                day);
        return updated == 0
                ? null
                : jdbc.queryForObject(
                        "select last_value from dossier_code_counter where agency_id = ? and counter_day = ?",
                        Integer.class,
                        agencyId,
                        day);
    }

    /** The day's first submission creates the row in its own transaction; a concurrent one may win, which is fine. */
    private void createCounter(long agencyId, LocalDate day) {
        try {
            separate.executeWithoutResult(status -> jdbc.update(
                    "insert into dossier_code_counter (agency_id, counter_day, last_value) values (?, ?, 0)",
                    agencyId,
                    day));
        } catch (DuplicateKeyException e) {
            // created by a concurrent submission
        }
    }

    static String format(String pattern, String organisationCode, LocalDate day, int sequence) {
        Matcher token = TOKEN.matcher(pattern);
        StringBuilder code = new StringBuilder();
        while (token.find()) {
            String value;
            if (token.group(2) != null) {
                value = DateTimeFormatter.ofPattern(token.group(2)).format(day);
            } else if (token.group(3) != null) {
                value = String.format("%0" + Integer.parseInt(token.group(3)) + "d", sequence);
            } else {
                value = organisationCode;
            }
            token.appendReplacement(code, Matcher.quoteReplacement(value));
        }
        token.appendTail(code);
        return code.toString();
    }
}
