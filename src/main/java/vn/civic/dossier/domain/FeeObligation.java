package vn.civic.dossier.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.civic.dossier.DossierStatus;

/**
 * A request to fulfil a financial obligation (yêu cầu thực hiện nghĩa vụ tài chính, status 6): the fee owed at
 * acceptance, or an amount an officer asks for during processing; paid online or in cash, with its e-receipt.
 */
@Entity
@Table(name = "dossier_fee_obligation")
public class FeeObligation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "dossier_id")
    private Dossier dossier;

    @Column(nullable = false)
    private int round;

    @Column(name = "step_order")
    private Integer stepOrder;

    @Column(name = "fee_name", nullable = false, length = 500)
    private String feeName;

    @Column(nullable = false)
    private long amount;

    @Convert(converter = StatusConverter.class)
    @Column(name = "status_before", nullable = false)
    private DossierStatus statusBefore;

    /** The payment's reference: the dossier code, with {@code /n} from the second obligation on. */
    @Column(nullable = false, length = 80)
    private String reference;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "requested_by", nullable = false, length = 200)
    private String requestedBy;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "paid_online", nullable = false)
    private boolean paidOnline;

    @Column(name = "receipt_number", length = 60)
    private String receiptNumber;

    @Column(name = "receipt_id")
    private Long receiptId;

    protected FeeObligation() {}

    FeeObligation(
            Dossier dossier,
            int round,
            Integer stepOrder,
            String feeName,
            long amount,
            DossierStatus statusBefore,
            Act act) {
        this.dossier = dossier;
        this.round = round;
        this.stepOrder = stepOrder;
        this.feeName = feeName;
        this.amount = amount;
        this.statusBefore = statusBefore;
        this.reference = round == 1 ? dossier.code() : dossier.code() + "/" + round;
        this.requestedAt = act.at();
        this.requestedBy = act.actorName();
    }

    void paid(Instant at, boolean online, String receiptNumber, Long receiptId) {
        this.paidAt = at;
        this.paidOnline = online;
        this.receiptNumber = receiptNumber;
        this.receiptId = receiptId;
    }

    public boolean open() {
        return paidAt == null;
    }

    public Long id() {
        return id;
    }

    public int round() {
        return round;
    }

    public Integer stepOrder() {
        return stepOrder;
    }

    public String feeName() {
        return feeName;
    }

    public long amount() {
        return amount;
    }

    public DossierStatus statusBefore() {
        return statusBefore;
    }

    public String reference() {
        return reference;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant paidAt() {
        return paidAt;
    }

    public boolean paidOnline() {
        return paidOnline;
    }

    public String receiptNumber() {
        return receiptNumber;
    }

    public Long receiptId() {
        return receiptId;
    }
}
