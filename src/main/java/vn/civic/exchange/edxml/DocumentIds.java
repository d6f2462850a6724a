package vn.civic.exchange.edxml;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The edXML DocumentId: {@code {OrganId},{yyyy/MM/dd},{Number}/{Notation}} (QCVN 102:2016). */
public final class DocumentIds {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd");

    /** A DocumentId read into its parts. */
    public record Parts(String organId, LocalDate date, String numberSymbol) {}

    private DocumentIds() {}

    public static String of(String organId, LocalDate date, String numberSymbol) {
        return organId + "," + DATE.format(date) + "," + numberSymbol;
    }

    public static Optional<Parts> parse(String documentId) {
        if (documentId == null) {
            return Optional.empty();
        }
        String[] parts = documentId.split(",", 3);
        if (parts.length != 3 || parts[0].isBlank() || parts[2].isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Parts(parts[0], LocalDate.parse(parts[1], DATE), parts[2]));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
