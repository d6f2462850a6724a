package vn.civic.payment.receipt;

/** An amount of đồng in Vietnamese words, as a receipt writes it: "Mười lăm nghìn đồng". */
public final class VietnameseAmounts {

    private static final String[] DIGITS = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};
    private static final String[] GROUPS = {"", " nghìn", " triệu", " tỷ", " nghìn tỷ", " triệu tỷ"};

    private VietnameseAmounts() {}

    public static String inWords(long amount) {
        if (amount < 0) {
            throw new IllegalArgumentException("Negative amount");
        }
        if (amount == 0) {
            return "Không đồng";
        }
        String digits = Long.toString(amount);
        int groups = (digits.length() + 2) / 3;
        digits = "0".repeat(groups * 3 - digits.length()) + digits;
        StringBuilder words = new StringBuilder();
        for (int g = 0; g < groups; g++) {
            int value = Integer.parseInt(digits.substring(g * 3, g * 3 + 3));
            if (value == 0) {
                continue;
            }
            if (!words.isEmpty()) {
                words.append(' ');
            }
            words.append(group(value, words.isEmpty())).append(GROUPS[groups - 1 - g]);
        }
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + " đồng";
    }

    /** Three digits; a leading group drops "không trăm" and "linh". */
    private static String group(int value, boolean leading) {
        int hundreds = value / 100;
        int tens = value / 10 % 10;
        int units = value % 10;
        StringBuilder out = new StringBuilder();
        boolean full = !leading || hundreds > 0;
        if (full) {
            out.append(DIGITS[hundreds]).append(" trăm");
        }
        if (tens == 0) {
            if (units > 0) {
                out.append(full ? " linh " : "").append(DIGITS[units]);
            }
        } else {
            out.append(out.isEmpty() ? "" : " ").append(tens == 1 ? "mười" : DIGITS[tens] + " mươi");
            if (units == 5) {
                out.append(" lăm");
            } else if (units == 1 && tens > 1) {
                out.append(" mốt");
            } else if (units > 0) {
                out.append(' ').append(DIGITS[units]);
            }
        }
        return out.toString();
    }
}
