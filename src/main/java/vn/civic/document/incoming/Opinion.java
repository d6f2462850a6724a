package vn.civic.document.incoming;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** Ý kiến xử lý: what a handler wrote about the document. */
@Entity
@Table(name = "incoming_opinion")
public class Opinion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "document_id")
    private IncomingDocument document;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(nullable = false, length = 4000)
    private String content;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Opinion() {}

    Opinion(IncomingDocument document, Act act, String content) {
        this.document = document;
        this.accountId = act.accountId();
        this.fullName = act.actorName();
        this.content = content;
        this.createdAt = act.at();
    }

    public long accountId() {
        return accountId;
    }

    public String fullName() {
        return fullName;
    }

    public String content() {
        return content;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
