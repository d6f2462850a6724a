package vn.civic.platform.error;

import java.security.SecureRandom;
import java.util.HexFormat;

/** A short reference shown to the user and written to the log, so support can find the failure. */
public final class ErrorReference {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorReference() {}

    public static String next() {
        byte[] bytes = new byte[5];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }
}
