package vn.civic.document;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.civic.platform.security.Actor;
import vn.civic.platform.security.CurrentActor;
import vn.civic.platform.security.Privilege;

/**
 * Who may read a document (decision 0025): the people named on it ({@link AccessReason}) always; the clerks
 * ({@link Privilege#DOCUMENT_REGISTER}) and leaders ({@link Privilege#DOCUMENT_ASSIGN}) of its agency, and the agency's
 * own systems ({@link Privilege#DOCUMENT_READ}), unless it is confidential, when only the people named may.
 */
@Service
public class DocumentAccess {

    private final JdbcClient jdbc;
    private final Clock clock;

    DocumentAccess(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Names a person on the document; naming twice for the same reason changes nothing. */
    @Transactional
    public void grant(DocumentKind kind, long documentId, long accountId, AccessReason reason) {
        if (has(kind, documentId, accountId, reason)) {
            return;
        }
        try {
            // with the document's date as indexed (none yet when it is not indexed; DocumentIndex.index sets it)
            jdbc.sql("insert into document_access (document_kind, document_id, account_id, reason, granted_at,"
                            + " document_date) values (?, ?, ?, ?, ?, (select d.document_date from document_index d"
                            + " where d.document_kind = ? and d.document_id = ?))")
                    .params(
                            kind.name(),
                            documentId,
                            accountId,
                            reason.name(),
                            java.sql.Timestamp.from(clock.instant()),
                            kind.name(),
                            documentId)
                    .update();
        } catch (DuplicateKeyException alreadyGranted) {
            // a concurrent grant of the same reason
        }
    }

    private boolean has(DocumentKind kind, long documentId, long accountId, AccessReason reason) {
        return jdbc.sql("select count(*) from document_access where document_kind = ? and document_id = ?"
                                + " and account_id = ? and reason = ?")
                        .params(kind.name(), documentId, accountId, reason.name())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** True when the person is named on the document for any reason. */
    public boolean isNamed(DocumentKind kind, long documentId, long accountId) {
        return jdbc.sql("select count(*) from document_access where document_kind = ? and document_id = ?"
                                + " and account_id = ?")
                        .params(kind.name(), documentId, accountId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The reasons the person is named on the document (empty when not named). */
    public List<AccessReason> reasons(DocumentKind kind, long documentId, long accountId) {
        return jdbc
                .sql("select reason from document_access where document_kind = ? and document_id = ?"
                        + " and account_id = ?")
                .params(kind.name(), documentId, accountId)
                .query(String.class)
                .list()
                .stream()
                .map(AccessReason::valueOf)
                .toList();
    }

    /** The accounts named on the document for a reason. */
    public List<Long> named(DocumentKind kind, long documentId, AccessReason reason) {
        return jdbc.sql("select account_id from document_access where document_kind = ? and document_id = ?"
                        + " and reason = ? order by granted_at, id")
                .params(kind.name(), documentId, reason.name())
                .query(Long.class)
                .list();
    }

    /** True when the current actor may read the document of that agency (see the class comment). */
    public boolean canRead(DocumentKind kind, long documentId, long documentAgencyId, boolean confidential) {
        Optional<Actor> actor = CurrentActor.get();
        if (actor.isEmpty()) {
            return false;
        }
        Optional<Long> account = accountId(actor.get());
        if (account.isPresent() && isNamed(kind, documentId, account.get())) {
            return true;
        }
        return !confidential
                && actor.get().agencyId() != null
                && actor.get().agencyId() == documentAgencyId
                && readsAgencyDocuments();
    }

    /**
     * True when the current actor reads every non-confidential document of their agency: a clerk, a leader, or one of
     * the agency's systems.
     */
    public static boolean readsAgencyDocuments() {
        return CurrentActor.has(Privilege.DOCUMENT_REGISTER)
                || CurrentActor.has(Privilege.DOCUMENT_ASSIGN)
                || CurrentActor.has(Privilege.DOCUMENT_READ);
    }

    /** The account id of a signed-in person ({@code account:42}); empty for machine clients. */
    public static Optional<Long> accountId(Actor actor) {
        return Actor.accountId(actor.actorId());
    }
}
