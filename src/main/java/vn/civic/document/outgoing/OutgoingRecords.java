package vn.civic.document.outgoing;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.civic.document.outgoing.OutgoingView.ConsultationView;
import vn.civic.document.outgoing.OutgoingView.DecisionView;
import vn.civic.document.outgoing.OutgoingView.FileView;
import vn.civic.document.outgoing.OutgoingView.RecipientView;
import vn.civic.platform.security.Privilege;
import vn.civic.platform.storage.StoredFile;

/** The rows beside an outgoing document: file versions, recipients, consultations, step decisions and steps. */
@Component
class OutgoingRecords {

    private final JdbcClient jdbc;

    OutgoingRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---------------------------------------------------------------------------------------------------- files

    /** Stores a new version: one more than the document's last, whatever the role, so versions read in order. */
    int addFile(
            long documentId,
            FileRole role,
            StoredFile stored,
            String fileName,
            String contentType,
            String by,
            Instant at) {
        int next = jdbc.sql("select coalesce(max(version_number), 0) + 1 from outgoing_document_file"
                        + " where document_id = ?")
                .param(documentId)
                .query(Integer.class)
                .single();
        jdbc.sql("insert into outgoing_document_file (document_id, version_number, role, storage_key, file_name,"
                        + " content_type, size_bytes, sha256, created_at, created_by)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        documentId,
                        next,
                        role.name(),
                        stored.key(),
                        fileName,
                        contentType,
                        stored.size(),
                        stored.sha256(),
                        Timestamp.from(at),
                        by)
                .update();
        return next;
    }

    /** Every version, oldest first; the latest MAIN and SIGNED and every APPENDIX are current. */
    List<FileView> files(long documentId) {
        List<FileRow> rows = jdbc.sql("select id, version_number, role, storage_key, file_name, content_type,"
                        + " size_bytes, sha256, created_at, created_by from outgoing_document_file"
                        + " where document_id = ? order by version_number")
                .param(documentId)
                .query((rs, n) -> new FileRow(
                        rs.getLong("id"),
                        rs.getInt("version_number"),
                        FileRole.valueOf(rs.getString("role")),
                        rs.getString("storage_key"),
                        rs.getString("file_name"),
                        rs.getString("content_type"),
                        rs.getLong("size_bytes"),
                        rs.getString("sha256"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getString("created_by")))
                .list();
        int lastMain = lastVersion(rows, FileRole.MAIN);
        int lastSigned = lastVersion(rows, FileRole.SIGNED);
        return rows.stream()
                .map(r -> new FileView(
                        r.id(),
                        r.version(),
                        r.role(),
                        r.fileName(),
                        r.contentType(),
                        r.size(),
                        r.sha256(),
                        r.createdAt(),
                        r.createdBy(),
                        r.role() == FileRole.APPENDIX
                                || (r.role() == FileRole.MAIN && r.version() == lastMain)
                                || (r.role() == FileRole.SIGNED && r.version() == lastSigned)))
                .toList();
    }

    private static int lastVersion(List<FileRow> rows, FileRole role) {
        return rows.stream()
                .filter(r -> r.role() == role)
                .mapToInt(FileRow::version)
                .max()
                .orElse(-1);
    }

    /** Where a file of the document is stored. */
    Optional<String> storageKey(long documentId, long fileId) {
        return jdbc.sql("select storage_key from outgoing_document_file where document_id = ? and id = ?")
                .params(documentId, fileId)
                .query(String.class)
                .optional();
    }

    Optional<String> storageKey(long documentId, FileView file) {
        return storageKey(documentId, file.id());
    }

    record FileRow(
            long id,
            int version,
            FileRole role,
            String storageKey,
            String fileName,
            String contentType,
            long size,
            String sha256,
            Instant createdAt,
            String createdBy) {}

    // ---------------------------------------------------------------------------------------------------- recipients

    void addRecipient(long documentId, Long agencyId, String organisationCode, String name, String channel) {
        jdbc.sql("insert into outgoing_recipient (document_id, organisation_code, agency_id, name, channel)"
                        + " values (?, ?, ?, ?, ?)")
                .params(documentId, organisationCode, agencyId, name, channel)
                .update();
    }

    int removeRecipient(long documentId, long recipientId) {
        return jdbc.sql("delete from outgoing_recipient where document_id = ? and id = ?")
                .params(documentId, recipientId)
                .update();
    }

    List<RecipientView> recipients(long documentId) {
        return jdbc.sql("select id, agency_id, organisation_code, name, channel, status_code, status_description,"
                        + " status_at from outgoing_recipient where document_id = ? order by id")
                .param(documentId)
                .query((rs, n) -> new RecipientView(
                        rs.getLong("id"),
                        (Long) rs.getObject("agency_id", Long.class),
                        rs.getString("organisation_code"),
                        rs.getString("name"),
                        rs.getString("channel"),
                        rs.getString("status_code"),
                        rs.getString("status_description"),
                        rs.getTimestamp("status_at") == null
                                ? null
                                : rs.getTimestamp("status_at").toInstant()))
                .list();
    }

    int recordStatus(long documentId, String organisationCode, String code, String description, Instant at) {
        return jdbc.sql("update outgoing_recipient set status_code = ?, status_description = ?, status_at = ?"
                        + " where document_id = ? and organisation_code = ?")
                .params(code, description, Timestamp.from(at), documentId, organisationCode)
                .update();
    }

    // ---------------------------------------------------------------------------------------------------- consultation

    long addConsultation(
            long documentId, long accountId, String name, long agencyId, LocalDate deadline, String by, Instant at) {
        jdbc.sql("insert into outgoing_consultation (document_id, account_id, account_name, agency_id, deadline,"
                        + " requested_at, requested_by) values (?, ?, ?, ?, ?, ?, ?)")
                .params(documentId, accountId, name, agencyId, Date.valueOf(deadline), Timestamp.from(at), by)
                .update();
        return jdbc.sql("select max(id) from outgoing_consultation where document_id = ? and account_id = ?")
                .params(documentId, accountId)
                .query(Long.class)
                .single();
    }

    List<ConsultationView> consultations(long documentId) {
        return jdbc.sql("select id, account_id, account_name, deadline, answer, answer_comment, answered_at"
                        + " from outgoing_consultation where document_id = ? order by id")
                .param(documentId)
                .query((rs, n) -> new ConsultationView(
                        rs.getLong("id"),
                        rs.getLong("account_id"),
                        rs.getString("account_name"),
                        rs.getDate("deadline").toLocalDate(),
                        rs.getString("answer"),
                        rs.getString("answer_comment"),
                        rs.getTimestamp("answered_at") == null
                                ? null
                                : rs.getTimestamp("answered_at").toInstant()))
                .list();
    }

    /** The drafts on which the person's opinion is asked and not yet given. */
    List<Long> openConsultations(long accountId) {
        return jdbc.sql(
                        "select distinct document_id from outgoing_consultation where account_id = ? and answer is null")
                .param(accountId)
                .query(Long.class)
                .list();
    }

    /** Records the answer unless one was given already; false when it was. */
    boolean answer(long consultationId, String answer, String comment, Instant at) {
        return jdbc.sql("update outgoing_consultation set answer = ?, answer_comment = ?, answered_at = ?"
                                + " where id = ? and answer is null")
                        .params(answer, comment, Timestamp.from(at), consultationId)
                        .update()
                == 1;
    }

    // ---------------------------------------------------------------------------------------------------- steps

    void addDecision(
            long documentId,
            WorkflowStep step,
            String decision,
            String comment,
            long accountId,
            String name,
            Instant at) {
        jdbc.sql("insert into outgoing_step_decision (document_id, step_order, kind, decision, decision_comment,"
                        + " account_id, account_name, decided_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        documentId,
                        step.order(),
                        step.kind().name(),
                        decision,
                        comment,
                        accountId,
                        name,
                        Timestamp.from(at))
                .update();
    }

    List<DecisionView> decisions(long documentId) {
        return jdbc.sql("select step_order, kind, decision, decision_comment, account_name, decided_at"
                        + " from outgoing_step_decision where document_id = ? order by decided_at, id")
                .param(documentId)
                .query((rs, n) -> new DecisionView(
                        rs.getInt("step_order"),
                        WorkflowStep.Kind.valueOf(rs.getString("kind")),
                        rs.getString("decision"),
                        rs.getString("decision_comment"),
                        rs.getString("account_name"),
                        rs.getTimestamp("decided_at").toInstant()))
                .list();
    }

    /** The steps configured for the agency and type, else for every type of the agency ('*'); empty when none. */
    List<WorkflowStep> configuredSteps(long agencyId, String typeCode) {
        List<WorkflowStep> own = steps(agencyId, typeCode);
        return own.isEmpty() ? steps(agencyId, WorkflowConfiguration.ANY_TYPE) : own;
    }

    List<WorkflowStep> steps(long agencyId, String typeCode) {
        return jdbc.sql("select step_order, kind, privilege from outgoing_workflow_step"
                        + " where agency_id = ? and type_code = ? order by step_order")
                .params(agencyId, typeCode)
                .query((rs, n) -> new WorkflowStep(
                        rs.getInt("step_order"),
                        WorkflowStep.Kind.valueOf(rs.getString("kind")),
                        Privilege.valueOf(rs.getString("privilege"))))
                .list();
    }
}
