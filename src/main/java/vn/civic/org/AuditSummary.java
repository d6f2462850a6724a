package vn.civic.org;

import java.util.StringJoiner;

/** How the audit log describes an object: a head, then the named values that are set. */
final class AuditSummary {

    private AuditSummary() {}

    /** {@code head; name=value, ...} for each pair whose value is not null. */
    static String of(String head, Object... namesAndValues) {
        StringJoiner values = new StringJoiner(", ", head + "; ", "").setEmptyValue(head);
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                values.add(namesAndValues[i] + "=" + namesAndValues[i + 1]);
            }
        }
        return values.toString();
    }
}
