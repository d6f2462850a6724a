package vn.civic.payment.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.civic.payment.PaymentProperties;

/**
 * The gateway's own side of the sandbox, kept apart from the platform's side as if it ran elsewhere: it checks the
 * merchant's signed pay request, records what the payer chose on its page, signs its answer with the merchant's
 * secret, calls the merchant's IPN address over HTTP and answers queries. It never touches payment orders.
 */
@Component
class SandboxBank {

    /** What the payer may do on the sandbox page, with the gateway's response codes (VNPay's). */
    enum Choice {
        PAY("00", "00"),
        /** The bank refuses (insufficient funds). */
        FAIL("51", "02"),
        /** The payer cancels. */
        CANCEL("24", "02");

        final String responseCode;
        final String transactionStatus;

        Choice(String responseCode, String transactionStatus) {
            this.responseCode = responseCode;
            this.transactionStatus = transactionStatus;
        }
    }

    /** A verified pay request. */
    record PayRequest(String orderRef, long amount, String orderInfo, URI returnUrl, Map<String, String> parameters) {}

    private static final Logger log = LoggerFactory.getLogger(SandboxBank.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final PaymentProperties properties;
    private final Clock clock;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    SandboxBank(JdbcTemplate jdbc, PaymentProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** The merchant's pay request, when its signature verifies. */
    Optional<PayRequest> read(Map<String, String> parameters) {
        PaymentProperties.Gateway merchant = properties.gateway(SandboxGateway.ID);
        if (!merchant.merchantCode().equals(parameters.get("vnp_TmnCode"))
                || !"pay".equals(parameters.get("vnp_Command"))
                || !GatewaySignature.verifies(parameters, merchant.secret())) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PayRequest(
                    parameters.get("vnp_TxnRef"),
                    Long.parseLong(parameters.get("vnp_Amount")) / 100,
                    parameters.get("vnp_OrderInfo"),
                    URI.create(parameters.get("vnp_ReturnUrl")),
                    parameters.entrySet().stream()
                            .filter(e -> e.getKey().startsWith("vnp_"))
                            .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    /** Records the payer's choice and returns the gateway's signed answer about it. */
    Map<String, String> settle(PayRequest request, Choice choice) {
        String transactionNo = String.format("%08d", RANDOM.nextInt(100_000_000));
        Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        jdbc.update(
                "insert into payment_sandbox_transaction (transaction_no, order_ref, amount, response_code, paid_at)"
                        + " values (?, ?, ?, ?, ?)",
                transactionNo,
                request.orderRef(),
                request.amount(),
                choice.responseCode,
                java.sql.Timestamp.from(at));
        return answer(request.orderRef(), request.amount(), request.orderInfo(), transactionNo, choice, at);
    }

    /** The gateway's signed answer about the order's last transaction, as its query (querydr) gives it. */
    Optional<Map<String, String>> query(String merchantCode, String orderRef) {
        if (!properties.gateway(SandboxGateway.ID).merchantCode().equals(merchantCode)) {
            return Optional.empty();
        }
        return jdbc
                .query(
                        "select transaction_no, amount, response_code, paid_at from payment_sandbox_transaction"
                                + " where order_ref = ? order by paid_at desc, transaction_no",
                        (rs, n) -> answer(
                                orderRef,
                                rs.getLong("amount"),
                                null,
                                rs.getString("transaction_no"),
                                choiceOf(rs.getString("response_code")),
                                rs.getTimestamp("paid_at").toInstant()),
                        orderRef)
                .stream()
                .findFirst();
    }

    /** Calls the merchant's IPN address server to server; the merchant's JSON answer, or the failure. */
    String notifyMerchant(URI ipnUrl, Map<String, String> answer) {
        URI target = URI.create(ipnUrl + "?" + GatewaySignature.query(answer));
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(target)
                            .timeout(Duration.ofSeconds(10))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            log.info("Sandbox IPN to {} answered {} {}", ipnUrl, response.statusCode(), response.body());
            return response.body();
        } catch (java.io.IOException e) {
            log.warn("Sandbox IPN to {} failed: {}", ipnUrl, e.toString());
            return "unreachable";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private Map<String, String> answer(
            String orderRef, long amount, String orderInfo, String transactionNo, Choice choice, Instant at) {
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("vnp_TmnCode", properties.gateway(SandboxGateway.ID).merchantCode());
        answer.put("vnp_Amount", Long.toString(amount * 100));
        answer.put("vnp_BankCode", "SANDBOX");
        if (orderInfo != null) {
            answer.put("vnp_OrderInfo", orderInfo);
        }
        answer.put("vnp_PayDate", SandboxGateway.stamp(at));
        answer.put("vnp_ResponseCode", choice.responseCode);
        answer.put("vnp_TransactionNo", transactionNo);
        answer.put("vnp_TransactionStatus", choice.transactionStatus);
        answer.put("vnp_TxnRef", orderRef);
        answer.put(
                GatewaySignature.HASH,
                GatewaySignature.sign(
                        answer, properties.gateway(SandboxGateway.ID).secret()));
        return answer;
    }

    private static Choice choiceOf(String responseCode) {
        for (Choice c : Choice.values()) {
            if (c.responseCode.equals(responseCode)) {
                return c;
            }
        }
        return Choice.FAIL;
    }
}
