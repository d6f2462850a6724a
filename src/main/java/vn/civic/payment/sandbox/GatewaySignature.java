package vn.civic.payment.sandbox;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of VNPay 2.1.0 messages, which the sandbox follows: HMAC-SHA512 with the shared secret over the
 * {@code vnp_} parameters sorted by name, each {@code name=value} URL-encoded and joined by {@code &}, without the
 * hash itself; sent as {@code vnp_SecureHash} in hexadecimal.
 */
public final class GatewaySignature {

    public static final String HASH = "vnp_SecureHash";
    static final String HASH_TYPE = "vnp_SecureHashType";

    private GatewaySignature() {}

    /** The data signed: the sorted, encoded query without the hash. */
    public static String signedData(Map<String, String> parameters) {
        return new TreeMap<>(parameters)
                .entrySet().stream()
                        .filter(e -> e.getKey().startsWith("vnp_"))
                        .filter(e -> !e.getKey().equals(HASH) && !e.getKey().equals(HASH_TYPE))
                        .filter(e -> e.getValue() != null && !e.getValue().isEmpty())
                        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                        .collect(Collectors.joining("&"));
    }

    public static String sign(Map<String, String> parameters, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA512");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
            return HexFormat.of().formatHex(mac.doFinal(signedData(parameters).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA512 is unavailable", e);
        }
    }

    /** True when the parameters carry the hash the secret gives them (compared in constant time). */
    public static boolean verifies(Map<String, String> parameters, String secret) {
        String given = parameters.get(HASH);
        if (given == null || given.isBlank()) {
            return false;
        }
        return MessageDigest.isEqual(
                sign(parameters, secret).getBytes(StandardCharsets.US_ASCII),
                given.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    /** The parameters as a query string, hash included when present. */
    public static String query(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isEmpty())
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
