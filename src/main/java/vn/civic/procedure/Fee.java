package vn.civic.procedure;

import java.math.BigInteger;

/**
 * A fee or charge (phí, lệ phí) of a channel, and when it is owed.
 *
 * @param amount in đồng; 0 for an exemption stated as such
 * @param note when it applies ("miễn cho trẻ em dưới 6 tuổi"), may be null
 * @param basis when it is owed; null reads as {@link Basis#FIXED}
 * @param field the e-form field (top level) the basis looks at; null for a fixed fee
 * @param value the field's value the basis looks for ({@link Basis#OPTION}, {@link Basis#EXEMPT_WHEN}); null otherwise
 */
public record Fee(String name, long amount, String note, Basis basis, String field, String value) {

    public Fee {
        basis = basis == null || basis == Basis.FIXED ? null : basis;
    }

    /** A fixed fee (or, with amount 0, an exemption stated as such). */
    public Fee(String name, long amount, String note) {
        this(name, amount, note, null, null, null);
    }

    /** When a fee is owed, from what the applicant entered in the e-form. */
    public enum Basis {
        /** Always owed ({@code amount} 0: always exempt). */
        FIXED,
        /** Owed only when the choice {@code field} has {@code value} ("if a copy is wanted"). */
        OPTION,
        /** Owed unless the choice {@code field} has {@code value} (an exemption condition). */
        EXEMPT_WHEN,
        /** Owed per unit: {@code amount} × the whole number in {@code field} (copies, pages); none when empty. */
        PER_UNIT
    }

    /** The basis, {@link Basis#FIXED} when none is given. */
    public Basis effectiveBasis() {
        return basis == null ? Basis.FIXED : basis;
    }

    /** What this fee comes to for the form data, in đồng (0 when not owed). */
    public long owed(FormData data) {
        String entered = field == null || data == null ? null : data.text(field);
        return switch (effectiveBasis()) {
            case FIXED -> amount;
            case OPTION -> value != null && value.equals(entered) ? amount : 0;
            case EXEMPT_WHEN -> value != null && value.equals(entered) ? 0 : amount;
            case PER_UNIT -> amount * units(entered);
        };
    }

    private static long units(String entered) {
        if (entered == null || !entered.strip().matches("\\d{1,6}")) {
            return 0;
        }
        return new BigInteger(entered.strip()).longValue();
    }
}
