package vn.civic.payment;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.civic.payment.PaymentGateway.Message;
import vn.civic.payment.domain.PaymentOrder;
import vn.civic.payment.domain.PaymentOrders;
import vn.civic.payment.domain.Receipt;
import vn.civic.payment.domain.Receipts;
import vn.civic.payment.receipt.ReceiptIssuer;
import vn.civic.platform.audit.AuditLog;
import vn.civic.platform.audit.AuditRecord;
import vn.civic.platform.error.ConflictException;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.platform.error.NotFoundException;
import vn.civic.platform.security.Actor;
import vn.civic.platform.security.CurrentActor;
import vn.civic.platform.storage.FileStorage;

/**
 * Payments of what an owner owes under an opaque reference: online through a {@link PaymentGateway}, or recorded in
 * cash at the counter. An order completes only on a verified message from its gateway (callback, return or query)
 * whose amount is the order's; a repeated message answers "already confirmed" and changes nothing. Completing issues
 * the e-receipt and publishes {@link PaymentCompleted} in the same transaction. The callers check who may pay; this
 * service checks the money. Decision: docs/decisions/0020-fees-and-payments.md.
 */
@Service
public class Payments {

    static final String OBJECT_TYPE = "PaymentOrder";
    private static final Logger log = LoggerFactory.getLogger(Payments.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PaymentOrders orders;
    private final Receipts receipts;
    private final ReceiptIssuer issuer;
    private final FileStorage storage;
    private final Map<String, PaymentGateway> gateways;
    private final PaymentProperties properties;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transaction;

    Payments(
            PaymentOrders orders,
            Receipts receipts,
            ReceiptIssuer issuer,
            FileStorage storage,
            List<PaymentGateway> gateways,
            PaymentProperties properties,
            ApplicationEventPublisher events,
            AuditLog audit,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.orders = orders;
        this.receipts = receipts;
        this.issuer = issuer;
        this.storage = storage;
        this.gateways = gateways.stream().collect(Collectors.toMap(PaymentGateway::id, Function.identity()));
        this.properties = properties;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Starts an online payment: a new pending order at the configured gateway (an earlier pending one of the same
     * reference is cancelled), and where to send the payer.
     */
    @Transactional
    public URI start(PaymentRequest request) {
        check(request);
        PaymentGateway gateway = gateway(properties.gateway());
        for (PaymentOrder earlier : orders.findByReferenceOrderByIdDesc(request.reference())) {
            if (earlier.status() == PaymentStatus.PENDING
                    && orders.endPending(earlier.id(), PaymentStatus.CANCELLED) == 1) {
                audit.record(AuditRecord.change(
                        "payment.cancelled", OBJECT_TYPE, earlier.id(), state(earlier), "status=CANCELLED"));
            }
        }
        PaymentOrder order = orders.saveAndFlush(
                new PaymentOrder(newOrderRef(), gateway.id(), PaymentOrder.ONLINE, request, actorId(), now()));
        audit.record(AuditRecord.change("payment.started", OBJECT_TYPE, order.id(), null, state(order)));
        URI returnUrl = URI.create(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/payments/{gateway}/return")
                .buildAndExpand(gateway.id())
                .toUriString());
        return gateway.payUrl(
                new PaymentGateway.Order(order.orderRef(), order.amount(), order.description(), order.createdAt()),
                returnUrl);
    }

    /** A payment taken in cash at the counter: completed at once, with its e-receipt. */
    @Transactional
    public PaymentView recordCash(PaymentRequest request) {
        check(request);
        PaymentOrder order = orders.saveAndFlush(
                new PaymentOrder(newOrderRef(), "counter", PaymentOrder.CASH, request, actorId(), now()));
        return view(complete(order, now(), null, null));
    }

    /** The outcome of a gateway's server-to-server callback (IPN), in the gateway's own codes. */
    public enum CallbackOutcome {
        CONFIRMED("00", "Confirm Success"),
        ALREADY_CONFIRMED("02", "Order already confirmed"),
        ORDER_NOT_FOUND("01", "Order not found"),
        INVALID_AMOUNT("04", "Invalid amount"),
        INVALID_SIGNATURE("97", "Invalid signature"),
        UNKNOWN_ERROR("99", "Unknown error");

        private final String code;
        private final String message;

        CallbackOutcome(String code, String message) {
            this.code = code;
            this.message = message;
        }

        public String code() {
            return code;
        }

        public String message() {
            return message;
        }
    }

    /**
     * The gateway's callback: confirms or fails the order once. A forged or altered message, an unknown order, an
     * amount other than the order's and a message for an order already ended are refused and change nothing.
     */
    public CallbackOutcome callback(String gatewayId, Map<String, String> parameters) {
        PaymentGateway gateway = gateways.get(gatewayId);
        Optional<Message> verified = gateway == null ? Optional.empty() : gateway.verify(parameters);
        if (verified.isEmpty()) {
            refused(gatewayId, parameters.get("vnp_TxnRef"), CallbackOutcome.INVALID_SIGNATURE);
            return CallbackOutcome.INVALID_SIGNATURE;
        }
        CallbackOutcome outcome = transaction.execute(status -> apply(gateway, verified.get()));
        if (outcome != CallbackOutcome.CONFIRMED) {
            refused(gatewayId, verified.get().orderRef(), outcome);
        }
        return outcome;
    }

    /**
     * The payer's browser back from the gateway: the signed return is verified; a pending order whose return says
     * paid is confirmed only by asking the gateway (the return itself is not trusted to confirm).
     *
     * @return where to send the browser and the order's state, or empty for a return that does not verify
     */
    public Optional<Returned> returned(String gatewayId, Map<String, String> parameters) {
        PaymentGateway gateway = gateways.get(gatewayId);
        Optional<Message> verified = gateway == null ? Optional.empty() : gateway.verify(parameters);
        if (verified.isEmpty()) {
            refused(gatewayId, parameters.get("vnp_TxnRef"), CallbackOutcome.INVALID_SIGNATURE);
            return Optional.empty();
        }
        Optional<PaymentOrder> order = orders.findByOrderRef(verified.get().orderRef());
        if (order.isEmpty()) {
            return Optional.empty();
        }
        if (order.get().status() == PaymentStatus.PENDING) {
            settleByQuery(order.get().id());
        }
        PaymentOrder now = orders.findById(order.get().id()).orElseThrow();
        return Optional.of(new Returned(now.returnPath(), now.status()));
    }

    /** Where the payer goes back to, and what became of the payment. */
    public record Returned(String returnPath, PaymentStatus status) {}

    /**
     * Pending orders older than the timeout are queried at their gateway: confirmed when it knows a payment, else
     * expired. Each order ends once, whichever node or callback gets there first.
     *
     * @return how many orders ended
     */
    public int expirePending() {
        Instant before = now().minus(properties.pendingTimeout());
        int ended = 0;
        for (Long id : orders.pendingSince(before)) {
            try {
                ended += settleByQuery(id) ? 1 : 0;
            } catch (RuntimeException e) {
                log.warn("Payment order {} could not be settled", id, e);
            }
        }
        return ended;
    }

    /** The orders of a reference, newest first. */
    @Transactional(readOnly = true)
    public List<PaymentView> ofReference(String reference) {
        return orders.findByReferenceOrderByIdDesc(reference).stream()
                .map(this::view)
                .toList();
    }

    /** The e-receipt's PDF. The caller checks that the reader may see it (the payer, the owner's staff). */
    public byte[] receiptPdf(long receiptId) {
        Receipt receipt = receipts.findById(receiptId).orElseThrow(() -> NotFoundException.of("Receipt", receiptId));
        try (var in = storage.open(receipt.fileKey())) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The reference a receipt was issued for, so the owner can check who may read it. */
    public Optional<String> receiptReference(long receiptId) {
        return receipts.findById(receiptId).map(Receipt::reference);
    }

    // ---- inside

    private boolean settleByQuery(long id) {
        PaymentOrder order = orders.findById(id).orElseThrow();
        PaymentGateway gateway = gateways.get(order.gateway());
        Optional<Message> answer = gateway == null
                ? Optional.empty()
                : gateway.query(new PaymentGateway.Order(
                        order.orderRef(), order.amount(), order.description(), order.createdAt()));
        if (answer.isPresent() && answer.get().orderRef().equals(order.orderRef())) {
            CallbackOutcome outcome = transaction.execute(status -> apply(gateway, answer.get()));
            return outcome == CallbackOutcome.CONFIRMED;
        }
        if (order.createdAt().isAfter(now().minus(properties.pendingTimeout()))) {
            return false;
        }
        Boolean expired = transaction.execute(status -> {
            if (orders.endPending(id, PaymentStatus.EXPIRED) == 0) {
                return false;
            }
            audit.record(AuditRecord.change("payment.expired", OBJECT_TYPE, id, state(order), "status=EXPIRED")
                    .by(system(order.gateway())));
            events.publishEvent(new PaymentFailed(order.reference(), order.orderRef(), PaymentStatus.EXPIRED.name()));
            return true;
        });
        return Boolean.TRUE.equals(expired);
    }

    private CallbackOutcome apply(PaymentGateway gateway, Message message) {
        Optional<PaymentOrder> found = orders.findByOrderRef(message.orderRef())
                .filter(o -> o.gateway().equals(gateway.id()));
        if (found.isEmpty()) {
            return CallbackOutcome.ORDER_NOT_FOUND;
        }
        PaymentOrder order = found.get();
        if (message.amount() != order.amount()) {
            return CallbackOutcome.INVALID_AMOUNT;
        }
        if (order.status() != PaymentStatus.PENDING) {
            return CallbackOutcome.ALREADY_CONFIRMED;
        }
        String before = state(order);
        if (message.success()) {
            order.complete(message.paidAt(), message.transactionNo(), message.responseCode());
            complete(order, message.paidAt(), message.transactionNo(), gateway.id());
        } else {
            order.fail(message.responseCode());
            orders.saveAndFlush(order);
            audit.record(AuditRecord.change("payment.failed", OBJECT_TYPE, order.id(), before, state(order))
                    .by(system(gateway.id())));
            events.publishEvent(new PaymentFailed(order.reference(), order.orderRef(), PaymentStatus.FAILED.name()));
        }
        return CallbackOutcome.CONFIRMED;
    }

    private PaymentOrder complete(PaymentOrder order, Instant at, String transactionNo, String gatewayId) {
        String before = state(order);
        if (order.status() == PaymentStatus.PENDING && PaymentOrder.CASH.equals(order.method())) {
            order.complete(at, null, null);
        }
        if (orders.findByReferenceOrderByIdDesc(order.reference()).stream()
                .anyMatch(o -> o.status() == PaymentStatus.COMPLETED && !o.id().equals(order.id()))) {
            // a second payment of the same reference: kept and receipted, the owner sees it paid once
            log.warn("Reference {} paid again by order {}", order.reference(), order.orderRef());
        }
        PaymentOrder saved = orders.saveAndFlush(order);
        Receipt receipt = issuer.issue(saved);
        AuditRecord record = AuditRecord.change(
                "payment.completed",
                OBJECT_TYPE,
                saved.id(),
                before,
                state(saved) + " receipt=" + receipt.series() + "/" + receipt.number());
        audit.record(gatewayId == null ? record : record.by(system(gatewayId)));
        events.publishEvent(new PaymentCompleted(
                saved.reference(),
                saved.amount(),
                saved.completedAt(),
                label(receipt),
                receipt.id(),
                !PaymentOrder.CASH.equals(saved.method())));
        return saved;
    }

    private void refused(String gatewayId, String orderRef, CallbackOutcome outcome) {
        log.warn("Payment callback from {} for {} refused: {}", gatewayId, orderRef, outcome);
        audit.record(new AuditRecord(
                        "payment.callback_refused",
                        OBJECT_TYPE,
                        orderRef,
                        null,
                        outcome.name(),
                        AuditRecord.Outcome.DENIED,
                        null)
                .by(system(gatewayId)));
    }

    private void check(PaymentRequest request) {
        if (request.amount() <= 0) {
            throw new InvalidInputException(PaymentError.AMOUNT_INVALID, List.of());
        }
        if (request.returnPath() != null
                && (!request.returnPath().matches("/[A-Za-z0-9/_.%\\-]*")
                        || request.returnPath().startsWith("//"))) {
            throw new IllegalArgumentException("A return path is a path of this application");
        }
        if (orders.findByReferenceOrderByIdDesc(request.reference()).stream()
                .anyMatch(o -> o.status() == PaymentStatus.COMPLETED)) {
            throw new ConflictException(PaymentError.ALREADY_PAID);
        }
    }

    private PaymentGateway gateway(String id) {
        PaymentGateway gateway = gateways.get(id);
        if (gateway == null) {
            throw new NotFoundException(PaymentError.GATEWAY_UNKNOWN, id);
        }
        return gateway;
    }

    private PaymentView view(PaymentOrder order) {
        PaymentView.ReceiptView receipt = order.id() == null
                ? null
                : receipts.findByOrderId(order.id())
                        .map(r -> new PaymentView.ReceiptView(
                                r.id(), r.templateCode(), r.series(), r.number(), r.issuedAt()))
                        .orElse(null);
        return new PaymentView(
                order.orderRef(),
                order.reference(),
                order.amount(),
                order.description(),
                order.method(),
                order.status(),
                order.createdAt(),
                order.completedAt(),
                receipt);
    }

    private static String label(Receipt receipt) {
        return new PaymentView.ReceiptView(
                        receipt.id(), receipt.templateCode(), receipt.series(), receipt.number(), receipt.issuedAt())
                .label();
    }

    private static String state(PaymentOrder order) {
        return order.orderRef() + " " + order.reference() + " amount=" + order.amount() + " status=" + order.status();
    }

    private static AuditRecord.ActorRef system(String gatewayId) {
        return new AuditRecord.ActorRef("gateway:" + gatewayId, "Payment gateway " + gatewayId, null);
    }

    private static String actorId() {
        return CurrentActor.get().map(Actor::actorId).orElse("anonymous");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String newOrderRef() {
        // alphanumeric like a gateway's TxnRef; unguessable, so one order's message cannot be aimed at another
        StringBuilder ref = new StringBuilder("CV");
        for (int i = 0; i < 18; i++) {
            ref.append(Character.forDigit(RANDOM.nextInt(36), 36));
        }
        return ref.toString().toUpperCase(java.util.Locale.ROOT);
    }
}
