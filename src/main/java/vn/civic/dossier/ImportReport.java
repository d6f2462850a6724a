package vn.civic.dossier;

import java.util.List;
import vn.civic.platform.error.FieldViolation;

/**
 * What a migration import found and did. When any row is rejected nothing is imported ({@code applied} is false) and
 * every rejected row is listed with its line and reasons.
 *
 * @param imported dossiers created
 * @param skipped rows identical to a dossier imported before (same code, same content)
 */
public record ImportReport(String source, boolean applied, int rowCount, int imported, int skipped, List<Row> rows) {

    public enum Outcome {
        IMPORTED,
        SKIPPED,
        REJECTED,
        /** Valid, but not imported because another row of the file was rejected. */
        VALID
    }

    /**
     * One dossier of the file, where it starts (line 1 is the first line; for a CSV file the header), what became of
     * it and why it was rejected: each violation's field names the column or property ({@code history[2].at}) and
     * its code the reason ({@code import_status_invalid}).
     */
    public record Row(int line, String code, Outcome outcome, List<FieldViolation> violations) {}

    public List<Row> rejected() {
        return rows.stream().filter(r -> r.outcome() == Outcome.REJECTED).toList();
    }

    /** Every rejection as one violation per reason, named {@code line[12].status}: what an API answers. */
    public List<FieldViolation> violations() {
        return rejected().stream()
                .flatMap(r -> r.violations().stream()
                        .map(v -> new FieldViolation(
                                "line[" + r.line() + "]" + (v.field() == null ? "" : "." + v.field()),
                                v.code(),
                                v.messageKey(),
                                v.args())))
                .toList();
    }
}
