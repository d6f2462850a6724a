package vn.civic.procedure.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.civic.platform.audit.AuditLog;
import vn.civic.platform.audit.AuditRecord;
import vn.civic.platform.error.CommonError;
import vn.civic.platform.error.ConflictException;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.platform.error.NotFoundException;
import vn.civic.platform.security.Actor;
import vn.civic.platform.security.CurrentActor;
import vn.civic.procedure.ProcedureView;
import vn.civic.procedure.Sector;

/**
 * Reads and edits the catalogue. Every save checks the whole document ({@link ProcedureRules}) and adds a version;
 * an edit names the row version it started from. Every change is audited in its transaction. Privileges are checked
 * by the callers (the administration pages need {@code PROCEDURE_MANAGE}).
 */
@Service
public class ProcedureEditor {

    static final String OBJECT_TYPE = "Procedure";

    /** A procedure with what its administration pages need beside the content. */
    public record ProcedureDetails(ProcedureView procedure, long rowVersion, String statusReason, Instant updatedAt) {}

    /** One line of a procedure's history. */
    public record VersionLine(long versionId, int number, Instant savedAt, String savedBy, boolean current) {}

    /**
     * What an import did.
     *
     * @param unchanged codes whose document equals their current version: nothing written, so importing the same
     *     file twice changes nothing (decision 0023)
     */
    public record ImportOutcome(List<String> created, List<String> updated, List<String> unchanged) {}

    private final Procedures procedures;
    private final ProcedureVersions versions;
    private final StoredProcedureCatalog catalog;
    private final ProcedureRules rules;
    private final ProcedureJson json;
    private final AuditLog audit;
    private final Clock clock;

    ProcedureEditor(
            Procedures procedures,
            ProcedureVersions versions,
            StoredProcedureCatalog catalog,
            ProcedureRules rules,
            ProcedureJson json,
            AuditLog audit,
            Clock clock) {
        this.procedures = procedures;
        this.versions = versions;
        this.catalog = catalog;
        this.rules = rules;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<ProcedureSummary> search(ProcedureQuery query, int page, int size) {
        return procedures
                .search(query, PageRequest.of(Math.max(0, page), size, Sort.by("name", "code")))
                .map(Procedure::summary);
    }

    /** The sectors of the catalogue, by name. */
    @Transactional(readOnly = true)
    public List<Sector> sectors() {
        return procedures.findSectors().stream()
                .map(row -> new Sector((String) row[0], (String) row[1]))
                .sorted(Comparator.comparing(Sector::name).thenComparing(Sector::code))
                .toList();
    }

    @Transactional(readOnly = true)
    public ProcedureDetails get(String code) {
        Procedure procedure = find(code);
        return details(procedure);
    }

    /** The versions of a procedure, latest first. */
    @Transactional(readOnly = true)
    public List<VersionLine> history(String code) {
        Procedure procedure = find(code);
        return versions.findByProcedureIdOrderByNumberDesc(procedure.id()).stream()
                .map(v -> new VersionLine(
                        v.id(), v.number(), v.savedAt(), v.savedBy(), v.id().equals(procedure.currentVersionId())))
                .toList();
    }

    /** One version as it was saved, with the status it had then. */
    @Transactional(readOnly = true)
    public ProcedureView version(String code, int number) {
        Procedure procedure = find(code);
        return versions.findByProcedureIdAndNumber(procedure.id(), number)
                .flatMap(v -> catalog.asSaved(v.id()))
                .orElseThrow(() -> NotFoundException.of("ProcedureVersion", code + " v" + number));
    }

    /** The current documents of every procedure, by code: the export file. */
    @Transactional(readOnly = true)
    public List<ProcedureDocument> exportAll() {
        return procedures.findAllByOrderByCode().stream()
                .map(p -> ProcedureDocument.of(details(p).procedure()))
                .toList();
    }

    @Transactional
    public ProcedureDetails create(ProcedureDocument document) {
        require(rules.check(document));
        if (procedures.findByCode(document.code()).isPresent()) {
            throw new InvalidInputException(List.of(ProcedureRules.violation("code", "code_taken")));
        }
        Procedure procedure = save(null, document);
        audit.record(
                AuditRecord.change("procedure.created", OBJECT_TYPE, procedure.id(), null, procedure.auditSummary()));
        return details(procedure);
    }

    /**
     * Saves an edit as a new version. The code cannot change; the status stays as it is.
     *
     * @param rowVersion the version of the procedure the administrator started from; a procedure changed since is
     *     refused with {@link CommonError#CONCURRENT_MODIFICATION} and nothing is written
     */
    @Transactional
    public ProcedureDetails update(String code, long rowVersion, ProcedureDocument document) {
        Procedure procedure = find(code);
        requireVersion(procedure, rowVersion);
        List<FieldViolation> violations = new ArrayList<>(rules.check(document));
        if (!procedure.code().equals(document.code())) {
            violations.add(ProcedureRules.violation("code", "code_immutable"));
        }
        require(violations);
        String before = procedure.auditSummary();
        save(procedure, document.withStatus(procedure.status()));
        audit.record(
                AuditRecord.change("procedure.updated", OBJECT_TYPE, procedure.id(), before, procedure.auditSummary()));
        return details(procedure);
    }

    @Transactional
    public ProcedureDetails suspend(String code, long rowVersion, String reason) {
        return transition(code, rowVersion, reason, "procedure.suspended", true);
    }

    @Transactional
    public ProcedureDetails reactivate(String code, long rowVersion, String reason) {
        return transition(code, rowVersion, reason, "procedure.reactivated", false);
    }

    /**
     * Imports documents keeping their codes: a new procedure for an unknown code, a new version for a known one (with
     * the status the document names, if any). Every document is checked first; one violation anywhere (fields are
     * prefixed {@code [index].}) and nothing is written.
     */
    @Transactional
    public ImportOutcome importAll(List<ProcedureDocument> documents) {
        List<FieldViolation> violations = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        if (documents.isEmpty()) {
            violations.add(ProcedureRules.violation("file", "import_empty"));
        }
        for (int i = 0; i < documents.size(); i++) {
            ProcedureDocument document = documents.get(i);
            for (FieldViolation v : rules.check(document)) {
                violations.add(new FieldViolation("[" + i + "]." + v.field(), v.code(), v.messageKey(), v.args()));
            }
            if (document.code() != null && !codes.add(document.code())) {
                violations.add(ProcedureRules.violation("[" + i + "].code", "import_code_repeated"));
            }
        }
        require(violations);
        List<String> created = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (ProcedureDocument document : documents) {
            Procedure existing = procedures.findByCode(document.code()).orElse(null);
            if (existing != null && sameAsCurrent(existing, document)) {
                unchanged.add(existing.code());
                continue;
            }
            String before = existing == null ? null : existing.auditSummary();
            Procedure saved = save(existing, document);
            (existing == null ? created : updated).add(saved.code());
            audit.record(
                    AuditRecord.change("procedure.imported", OBJECT_TYPE, saved.id(), before, saved.auditSummary()));
        }
        return new ImportOutcome(created, updated, unchanged);
    }

    /** True when the document is what the procedure's current version holds, status included. */
    private boolean sameAsCurrent(Procedure procedure, ProcedureDocument document) {
        if ((document.status() != null && document.status() != procedure.status())
                || procedure.currentVersionId() == null) {
            return false;
        }
        return versions.findById(procedure.currentVersionId())
                // compared as documents, not as JSON text: sets (a document's file types) have no fixed order
                .map(v ->
                        json.read(v.document()).equals(json.read(json.write(document.withStatus(procedure.status())))))
                .orElse(false);
    }

    private ProcedureDetails transition(String code, long rowVersion, String reason, String action, boolean suspend) {
        Procedure procedure = find(code);
        requireVersion(procedure, rowVersion);
        String cleaned = reason == null ? "" : reason.strip();
        if (cleaned.isEmpty()) {
            throw new InvalidInputException(List.of(ProcedureRules.violation("reason", "required")));
        }
        if (cleaned.length() > 500) {
            throw new InvalidInputException(List.of(ProcedureRules.violation("reason", "too_long", 500)));
        }
        String before = procedure.auditSummary();
        if (suspend) {
            procedure.suspend(cleaned, clock.instant());
        } else {
            procedure.reactivate(cleaned, clock.instant());
        }
        procedures.flush();
        audit.record(AuditRecord.change(action, OBJECT_TYPE, procedure.id(), before, procedure.auditSummary()));
        return details(procedure);
    }

    /** Writes a new version and makes it current; a new procedure when {@code procedure} is null. */
    private Procedure save(Procedure procedure, ProcedureDocument document) {
        Instant now = clock.instant();
        Procedure target = procedure;
        if (target == null) {
            target = procedures.save(new Procedure(document, now));
        } else {
            target.describe(document, now);
        }
        int number = versions.lastNumber(target.id()) + 1;
        ProcedureDocument stored = document.withStatus(target.status());
        ProcedureVersion version = versions.save(new ProcedureVersion(
                target.id(),
                number,
                json.write(stored),
                now,
                CurrentActor.get().map(Actor::displayName).orElse(null)));
        target.current(version.id());
        procedures.flush();
        return target;
    }

    private ProcedureDetails details(Procedure procedure) {
        ProcedureView view = catalog.findVersion(procedure.currentVersionId())
                .orElseThrow(() -> NotFoundException.of(OBJECT_TYPE, procedure.code()));
        return new ProcedureDetails(view, procedure.version(), procedure.statusReason(), procedure.updatedAt());
    }

    private Procedure find(String code) {
        return procedures.findByCode(code).orElseThrow(() -> NotFoundException.of(OBJECT_TYPE, code));
    }

    private static void requireVersion(Procedure procedure, long startedFrom) {
        if (procedure.version() != startedFrom) {
            throw new ConflictException(CommonError.CONCURRENT_MODIFICATION);
        }
    }

    private static void require(List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
