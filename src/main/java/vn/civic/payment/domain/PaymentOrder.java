package vn.civic.payment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.civic.payment.PaymentRequest;
import vn.civic.payment.PaymentStatus;

/** One attempt to pay what an owner owes under its reference; through a gateway, or in cash at the counter. */
@Entity
@Table(name = "payment_order")
public class PaymentOrder {

    public static final String CASH = "CASH";
    public static final String ONLINE = "ONLINE";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_ref", nullable = false, length = 40)
    private String orderRef;

    @Column(nullable = false, length = 80)
    private String reference;

    @Column(nullable = false, length = 30)
    private String gateway;

    @Column(nullable = false, length = 10)
    private String method;

    @Column(nullable = false)
    private long amount;

    @Column(nullable = false, length = 500)
    private String description;

    @Column(name = "payer_name", nullable = false, length = 200)
    private String payerName;

    @Column(name = "payer_account_id")
    private Long payerAccountId;

    @Column(name = "collector_governing_body", length = 300)
    private String collectorGoverningBody;

    @Column(name = "collector_name", nullable = false, length = 300)
    private String collectorName;

    @Column(name = "collector_code", length = 35)
    private String collectorCode;

    @Column(name = "collector_place", length = 100)
    private String collectorPlace;

    @Column(name = "return_path", length = 300)
    private String returnPath;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private PaymentStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "gateway_transaction_no", length = 40)
    private String gatewayTransactionNo;

    @Column(name = "gateway_response_code", length = 10)
    private String gatewayResponseCode;

    @Version
    private long version;

    protected PaymentOrder() {}

    public PaymentOrder(
            String orderRef, String gateway, String method, PaymentRequest request, String createdBy, Instant at) {
        this.orderRef = orderRef;
        this.reference = request.reference();
        this.gateway = gateway;
        this.method = method;
        this.amount = request.amount();
        this.description = request.description();
        this.payerName = request.payerName();
        this.payerAccountId = request.payerAccountId();
        this.collectorGoverningBody = request.collector().governingBody();
        this.collectorName = request.collector().name();
        this.collectorCode = request.collector().code();
        this.collectorPlace = request.collector().place();
        this.returnPath = request.returnPath();
        this.status = PaymentStatus.PENDING;
        this.createdAt = at;
        this.createdBy = createdBy;
    }

    /** Confirmed by the gateway (or in cash): the only way to {@link PaymentStatus#COMPLETED}. */
    public void complete(Instant at, String transactionNo, String responseCode) {
        if (status != PaymentStatus.PENDING) {
            throw new IllegalStateException("Order " + orderRef + " is " + status);
        }
        status = PaymentStatus.COMPLETED;
        completedAt = at;
        gatewayTransactionNo = transactionNo;
        gatewayResponseCode = responseCode;
    }

    /** The gateway answered that it failed, or the payer cancelled. */
    public void fail(String responseCode) {
        if (status != PaymentStatus.PENDING) {
            throw new IllegalStateException("Order " + orderRef + " is " + status);
        }
        status = PaymentStatus.FAILED;
        gatewayResponseCode = responseCode;
    }

    public Long id() {
        return id;
    }

    public String orderRef() {
        return orderRef;
    }

    public String reference() {
        return reference;
    }

    public String gateway() {
        return gateway;
    }

    public String method() {
        return method;
    }

    public long amount() {
        return amount;
    }

    public String description() {
        return description;
    }

    public String payerName() {
        return payerName;
    }

    public Long payerAccountId() {
        return payerAccountId;
    }

    public PaymentRequest.Collector collector() {
        return new PaymentRequest.Collector(collectorGoverningBody, collectorName, collectorCode, collectorPlace);
    }

    public String returnPath() {
        return returnPath;
    }

    public PaymentStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public String gatewayTransactionNo() {
        return gatewayTransactionNo;
    }
}
