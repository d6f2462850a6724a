package vn.civic.payment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An e-receipt (biên lai điện tử thu phí, lệ phí) issued for a completed order; its PDF is in the file storage. */
@Entity
@Table(name = "payment_receipt")
public class Receipt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Column(nullable = false, length = 80)
    private String reference;

    @Column(name = "template_code", nullable = false, length = 20)
    private String templateCode;

    @Column(nullable = false, length = 20)
    private String series;

    @Column(nullable = false)
    private long number;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "file_key", nullable = false, length = 200)
    private String fileKey;

    protected Receipt() {}

    public Receipt(
            long orderId,
            String reference,
            String templateCode,
            String series,
            long number,
            Instant issuedAt,
            String fileKey) {
        this.orderId = orderId;
        this.reference = reference;
        this.templateCode = templateCode;
        this.series = series;
        this.number = number;
        this.issuedAt = issuedAt;
        this.fileKey = fileKey;
    }

    public Long id() {
        return id;
    }

    public long orderId() {
        return orderId;
    }

    public String reference() {
        return reference;
    }

    public String templateCode() {
        return templateCode;
    }

    public String series() {
        return series;
    }

    public long number() {
        return number;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public String fileKey() {
        return fileKey;
    }
}
