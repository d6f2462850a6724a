package vn.civic.document.register;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import vn.civic.document.DocumentKind;
import vn.civic.platform.time.CivicTime;

/**
 * The columns of the registers in Decree 30/2020 Appendix IV, in their order; the page, the PDF and the workbook all
 * show these. The signature-of-receipt column stays empty: it is signed on the printed register.
 */
public enum RegisterColumn {
    RECEIVED_DATE(DocumentKind.INCOMING, RegisterEntry::receivedDate),
    INCOMING_NUMBER(DocumentKind.INCOMING, RegisterEntry::numberText),
    AUTHOR(DocumentKind.INCOMING, RegisterEntry::author),
    INCOMING_NUMBER_SYMBOL(DocumentKind.INCOMING, RegisterEntry::numberSymbol),
    INCOMING_DOCUMENT_DATE(DocumentKind.INCOMING, RegisterEntry::documentDate),
    INCOMING_TYPE_AND_SUMMARY(DocumentKind.INCOMING, RegisterEntry::typeAndSummary),
    RECEIVER(DocumentKind.INCOMING, RegisterEntry::receiver),
    INCOMING_SIGNATURE(DocumentKind.INCOMING, e -> null),
    INCOMING_NOTES(DocumentKind.INCOMING, RegisterEntry::notes),

    NUMBER_SYMBOL(DocumentKind.OUTGOING, RegisterEntry::numberSymbol),
    DOCUMENT_DATE(DocumentKind.OUTGOING, RegisterEntry::documentDate),
    TYPE_AND_SUMMARY(DocumentKind.OUTGOING, RegisterEntry::typeAndSummary),
    SIGNER(DocumentKind.OUTGOING, RegisterEntry::signer),
    RECIPIENTS(DocumentKind.OUTGOING, RegisterEntry::recipients),
    FILE_COPY_KEEPER(DocumentKind.OUTGOING, RegisterEntry::fileCopyKeeper),
    COPIES(DocumentKind.OUTGOING, RegisterEntry::copies),
    SIGNATURE(DocumentKind.OUTGOING, e -> null),
    NOTES(DocumentKind.OUTGOING, RegisterEntry::notes);

    private final DocumentKind kind;
    private final Function<RegisterEntry, Object> value;

    RegisterColumn(DocumentKind kind, Function<RegisterEntry, Object> value) {
        this.kind = kind;
        this.value = value;
    }

    /** The columns of a register, in order. */
    public static List<RegisterColumn> of(DocumentKind kind) {
        return Arrays.stream(values()).filter(c -> c.kind == kind).toList();
    }

    /** The message key of the heading. */
    public String key() {
        return "document.register.column."
                + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The value as stored: a date is a {@link LocalDate}, the number of copies an Integer, else text or null. */
    public Object value(RegisterEntry entry) {
        return value.apply(entry);
    }

    /** The value as shown: dates {@code dd/MM/yyyy}, empty for none. */
    public String text(RegisterEntry entry) {
        Object v = value(entry);
        if (v == null) {
            return "";
        }
        return v instanceof LocalDate date ? CivicTime.DATE.format(date) : v.toString();
    }

    /** A narrow column for a date or a count, a wide one for the summary, an unbroken one for a number and symbol. */
    public String cssClass() {
        return switch (this) {
            case RECEIVED_DATE, INCOMING_DOCUMENT_DATE, DOCUMENT_DATE -> "moment";
            case INCOMING_NUMBER, COPIES -> "number";
            case INCOMING_NUMBER_SYMBOL, NUMBER_SYMBOL -> "code";
            case INCOMING_SIGNATURE, SIGNATURE -> "signature";
            case INCOMING_TYPE_AND_SUMMARY, TYPE_AND_SUMMARY -> "summary";
            default -> "";
        };
    }
}
