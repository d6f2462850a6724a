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

/** One line of a document's timeline: who did what, when, with an optional note. */
@Entity
@Table(name = "incoming_history")
public class IncomingHistory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "document_id")
    private IncomingDocument document;

    @Column(name = "actor_id", nullable = false, length = 60)
    private String actorId;

    @Column(name = "actor_name", nullable = false, length = 200)
    private String actorName;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 40)
    private String action;

    @Column(length = 2000)
    private String note;

    protected IncomingHistory() {}

    IncomingHistory(IncomingDocument document, Act act, String action, String note) {
        this.document = document;
        this.actorId = act.actorId();
        this.actorName = act.actorName() == null ? act.actorId() : act.actorName();
        this.at = act.at();
        this.action = action;
        this.note = note;
    }

    public String actorName() {
        return actorName;
    }

    public Instant at() {
        return at;
    }

    public String action() {
        return action;
    }

    public String note() {
        return note;
    }
}
