package vn.civic.payment.sandbox;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.civic.payment.PaymentGateway;
import vn.civic.payment.PaymentProperties;
import vn.civic.platform.time.CivicTime;

/**
 * The platform's side of the built-in sandbox gateway: builds the signed pay request, verifies the gateway's signed
 * messages and queries it, exactly as it would a real gateway of VNPay's shape. Only the gateway's address and
 * secret tell it apart from one.
 */
@Component
class SandboxGateway implements PaymentGateway {

    static final String ID = "sandbox";
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final PaymentProperties properties;
    private final SandboxBank bank;

    SandboxGateway(PaymentProperties properties, SandboxBank bank) {
        this.properties = properties;
        this.bank = bank;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public URI payUrl(Order order, URI returnUrl) {
        Map<String, String> request = new LinkedHashMap<>();
        request.put("vnp_Version", "2.1.0");
        request.put("vnp_Command", "pay");
        request.put("vnp_TmnCode", settings().merchantCode());
        request.put("vnp_Amount", Long.toString(order.amount() * 100));
        request.put("vnp_CurrCode", "VND");
        request.put("vnp_TxnRef", order.orderRef());
        request.put("vnp_OrderInfo", order.description());
        request.put("vnp_OrderType", "other");
        request.put("vnp_Locale", "vn");
        request.put("vnp_ReturnUrl", returnUrl.toString());
        request.put("vnp_CreateDate", stamp(order.createdAt()));
        request.put(
                GatewaySignature.HASH, GatewaySignature.sign(request, settings().secret()));
        return URI.create(SandboxController.PAY_PATH + "?" + GatewaySignature.query(request));
    }

    @Override
    public Optional<Message> verify(Map<String, String> parameters) {
        if (!settings().merchantCode().equals(parameters.get("vnp_TmnCode"))
                || !GatewaySignature.verifies(parameters, settings().secret())) {
            return Optional.empty();
        }
        try {
            long amount = Long.parseLong(parameters.get("vnp_Amount"));
            return Optional.of(new Message(
                    parameters.get("vnp_TxnRef"),
                    amount / 100,
                    "00".equals(parameters.get("vnp_ResponseCode"))
                            && "00".equals(parameters.get("vnp_TransactionStatus")),
                    parameters.get("vnp_ResponseCode"),
                    parameters.get("vnp_TransactionNo"),
                    instant(parameters.get("vnp_PayDate"))));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<Message> query(Order order) {
        return bank.query(settings().merchantCode(), order.orderRef()).flatMap(this::verify);
    }

    private PaymentProperties.Gateway settings() {
        return properties.gateway(ID);
    }

    static String stamp(Instant at) {
        return at.atZone(CivicTime.ZONE).format(STAMP);
    }

    static Instant instant(String stamp) {
        return LocalDateTime.parse(stamp, STAMP).atZone(CivicTime.ZONE).toInstant();
    }
}
