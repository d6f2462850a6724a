package vn.civic.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.civic.payment.sandbox.GatewaySignature;
import vn.civic.test.CivicTest;

/**
 * The gateway's callback is believed only when signed, for the right order and amount, and once: each refusal
 * answers the gateway's code and changes nothing. A failed payment may be paid again; a silent one expires.
 */
@CivicTest
class PaymentCallbackTest {

    static final String SECRET = "civic-sandbox-secret-change-me";
    static final String MERCHANT = "CIVICSBX";

    @Autowired
    Payments payments;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void request() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
    }

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    static String reference() {
        return "TEST-" + UUID.randomUUID();
    }

    static PaymentRequest order(String reference, long amount) {
        return new PaymentRequest(
                reference,
                amount,
                "Lệ phí đăng ký tạm trú",
                "Nguyễn Văn An",
                null,
                new PaymentRequest.Collector(
                        "Ủy ban nhân dân thành phố Hà Nội",
                        "Ủy ban nhân dân phường Hoàn Kiếm",
                        "000.01.01.H49",
                        "Hà Nội"),
                "/my/dossiers/x");
    }

    /** Starts paying and returns the order's gateway reference, as the pay URL carries it. */
    String start(String reference, long amount) {
        URI pay = payments.start(order(reference, amount));
        assertThat(pay.getPath()).isEqualTo("/payment-sandbox/pay");
        Map<String, String> query =
                UriComponentsBuilder.fromUri(pay).build().getQueryParams().toSingleValueMap();
        assertThat(GatewaySignature.verifies(decoded(query), SECRET)).isTrue();
        return decoded(query).get("vnp_TxnRef");
    }

    static Map<String, String> decoded(Map<String, String> query) {
        Map<String, String> out = new LinkedHashMap<>();
        query.forEach((k, v) -> out.put(k, java.net.URLDecoder.decode(v, java.nio.charset.StandardCharsets.UTF_8)));
        return out;
    }

    /** What the gateway sends: signed with the merchant's secret. */
    static Map<String, String> message(String orderRef, long amount, String responseCode, String transactionNo) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("vnp_TmnCode", MERCHANT);
        m.put("vnp_Amount", Long.toString(amount * 100));
        m.put("vnp_BankCode", "SANDBOX");
        m.put("vnp_PayDate", "20261201103000");
        m.put("vnp_ResponseCode", responseCode);
        m.put("vnp_TransactionNo", transactionNo);
        m.put("vnp_TransactionStatus", "00".equals(responseCode) ? "00" : "02");
        m.put("vnp_TxnRef", orderRef);
        m.put(GatewaySignature.HASH, GatewaySignature.sign(m, SECRET));
        return m;
    }

    static String transactionNo() {
        return Long.toString(10_000_000L + (long) (Math.random() * 89_999_999L));
    }

    String ipn(Map<String, String> message) throws Exception {
        MockHttpServletRequestBuilder request = get("/payments/sandbox/ipn");
        message.forEach(request::param);
        String body = mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.Message").exists())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return body.replaceAll(".*\"RspCode\":\"(\\d+)\".*", "$1");
    }

    PaymentStatus statusOf(String reference) {
        return payments.ofReference(reference).getFirst().status();
    }

    int receipts(String reference) {
        return jdbc.queryForObject(
                "select count(*) from payment_receipt where reference = ?", Integer.class, reference);
    }

    @Test
    void callbackConfirmsOnceAndARepeatAnswersAlreadyConfirmed() throws Exception {
        String reference = reference();
        String order = start(reference, 15_000);
        Map<String, String> paid = message(order, 15_000, "00", transactionNo());

        assertThat(ipn(paid)).isEqualTo("00");
        assertThat(ipn(paid)).isEqualTo("02");

        PaymentView view = payments.ofReference(reference).getFirst();
        assertThat(view.status()).isEqualTo(PaymentStatus.COMPLETED);
        assertThat(view.receipt()).isNotNull();
        assertThat(receipts(reference)).isEqualTo(1);
        assertThat(new String(payments.receiptPdf(view.receipt().id()), 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void forgedSignatureIsRefusedAndChangesNothing() throws Exception {
        String reference = reference();
        String order = start(reference, 15_000);
        Map<String, String> forged = message(order, 15_000, "00", transactionNo());
        forged.put(GatewaySignature.HASH, GatewaySignature.sign(forged, "not-the-secret"));

        assertThat(ipn(forged)).isEqualTo("97");
        Map<String, String> unsigned = message(order, 15_000, "00", transactionNo());
        unsigned.remove(GatewaySignature.HASH);
        assertThat(ipn(unsigned)).isEqualTo("97");

        assertThat(statusOf(reference)).isEqualTo(PaymentStatus.PENDING);
        assertThat(receipts(reference)).isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'payment.callback_refused' and object_id = ?",
                        Integer.class,
                        order))
                .isEqualTo(2);
    }

    @Test
    void alteredAmountIsRefusedEvenWhenSigned() throws Exception {
        String reference = reference();
        String order = start(reference, 15_000);
        Map<String, String> lessMoney = message(order, 1_000, "00", transactionNo());
        assertThat(ipn(lessMoney)).isEqualTo("04");

        Map<String, String> tampered = message(order, 15_000, "00", transactionNo());
        tampered.put("vnp_Amount", "100000");
        assertThat(ipn(tampered)).isEqualTo("97");

        assertThat(statusOf(reference)).isEqualTo(PaymentStatus.PENDING);
        assertThat(receipts(reference)).isZero();
    }

    @Test
    void unknownOrderIsRefused() throws Exception {
        assertThat(ipn(message("CVNOSUCHORDER0000000", 15_000, "00", transactionNo())))
                .isEqualTo("01");
    }

    @Test
    void anotherOrdersMessageCannotConfirmThisOne() throws Exception {
        String first = reference();
        String firstOrder = start(first, 15_000);
        Map<String, String> firstPaid = message(firstOrder, 15_000, "00", transactionNo());
        assertThat(ipn(firstPaid)).isEqualTo("00");

        String second = reference();
        String secondOrder = start(second, 15_000);
        // replayed as it was: it is about the first order, already confirmed
        assertThat(ipn(firstPaid)).isEqualTo("02");
        // aimed at the second order: the signature no longer holds
        Map<String, String> aimed = new LinkedHashMap<>(firstPaid);
        aimed.put("vnp_TxnRef", secondOrder);
        assertThat(ipn(aimed)).isEqualTo("97");

        assertThat(statusOf(second)).isEqualTo(PaymentStatus.PENDING);
        assertThat(receipts(second)).isZero();
    }

    @Test
    void failedPaymentLetsThePayerTryAgain() throws Exception {
        String reference = reference();
        String failed = start(reference, 7_000);
        assertThat(ipn(message(failed, 7_000, "51", transactionNo()))).isEqualTo("00");
        assertThat(statusOf(reference)).isEqualTo(PaymentStatus.FAILED);
        // a late success for the failed attempt changes nothing
        assertThat(ipn(message(failed, 7_000, "00", transactionNo()))).isEqualTo("02");

        String again = start(reference, 7_000);
        assertThat(again).isNotEqualTo(failed);
        assertThat(ipn(message(again, 7_000, "00", transactionNo()))).isEqualTo("00");
        assertThat(payments.ofReference(reference))
                .extracting(PaymentView::status)
                .containsExactly(PaymentStatus.COMPLETED, PaymentStatus.FAILED);
        assertThat(receipts(reference)).isEqualTo(1);
    }

    @Test
    void pendingPaymentExpiresAfterTheTimeoutOnce() {
        String reference = reference();
        String order = start(reference, 15_000);
        jdbc.update(
                "update payment_order set created_at = ? where order_ref = ?",
                Timestamp.from(Instant.now().minus(Duration.ofHours(1))),
                order);

        payments.expirePending();
        assertThat(statusOf(reference)).isEqualTo(PaymentStatus.EXPIRED);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'payment.expired' and object_id = ("
                                + "select cast(id as varchar) from payment_order where order_ref = ?)",
                        Integer.class,
                        order))
                .isEqualTo(1);
        payments.expirePending();
        assertThat(statusOf(reference)).isEqualTo(PaymentStatus.EXPIRED);
    }

    @Test
    void receiptNumbersFollowEachOtherWithoutGaps() throws Exception {
        String a = reference();
        String b = reference();
        String orderA = start(a, 15_000);
        String orderB = start(b, 20_000);
        assertThat(ipn(message(orderA, 15_000, "00", transactionNo()))).isEqualTo("00");
        assertThat(ipn(message(orderB, 20_000, "00", transactionNo()))).isEqualTo("00");
        long first = payments.ofReference(a).getFirst().receipt().number();
        long second = payments.ofReference(b).getFirst().receipt().number();
        assertThat(second).isEqualTo(first + 1);
    }
}
