package vn.civic.dossier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.civic.dossier.DossierImportFiles.RawRow;
import vn.civic.dossier.ImportReport.Outcome;
import vn.civic.dossier.ImportReport.Row;
import vn.civic.dossier.domain.Dossier;
import vn.civic.dossier.domain.DossierImportRecord;
import vn.civic.dossier.domain.DossierImportRecords;
import vn.civic.dossier.domain.DossierStep;
import vn.civic.dossier.domain.Dossiers;
import vn.civic.dossier.domain.Filing;
import vn.civic.dossier.domain.ImportedState;
import vn.civic.identity.AccountDirectory;
import vn.civic.identity.AccountView;
import vn.civic.org.AgencyView;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.audit.AuditLog;
import vn.civic.platform.audit.AuditRecord;
import vn.civic.platform.calendar.WorkingCalendar;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.security.Actor;
import vn.civic.platform.security.CurrentActor;
import vn.civic.platform.security.Privilege;
import vn.civic.platform.time.CivicTime;
import vn.civic.procedure.ApplicantKind;
import vn.civic.procedure.Channel;
import vn.civic.procedure.ChannelTerms;
import vn.civic.procedure.ProcedureCatalog;
import vn.civic.procedure.ProcedureView;
import vn.civic.procedure.ProcessingTime;

/**
 * Migration: dossiers brought from another system, JSON or CSV (docs/decisions/0023), keeping their codes, statuses,
 * dates and progress entries. Every row is checked first and every rejected row reported with its line and reasons;
 * if any is rejected nothing is imported. Otherwise all new dossiers are stored in one transaction, each audited, and
 * a row identical to a dossier imported before is skipped, so importing the same file twice changes nothing. Imported
 * dossiers raise no filing or status events (no "received" notice goes out for an old dossier); one
 * {@link DossiersImported} event tells what came in. City-wide: {@code DATA_IMPORT}.
 */
@Service
public class DossierImport {

    /** Formats a file may have. */
    public enum Format {
        JSON,
        CSV;

        /** By the file's extension; JSON when unknown. */
        public static Format of(String fileName) {
            return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".csv") ? CSV : JSON;
        }
    }

    static final String MESSAGE_PREFIX = "dossier.import.error.";
    static final String OBJECT_TYPE = DossierActors.OBJECT_TYPE;
    private static final DateTimeFormatter PORTAL_DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final List<String> REQUIRED = List.of(
            "code",
            "procedureCode",
            "applicantKind",
            "applicantName",
            "applicantIdNumber",
            "channel",
            "agencyCode",
            "status",
            "submittedAt",
            "dueAt");
    private static final Map<String, Integer> MAX_LENGTH = Map.of(
            "code", 60,
            "applicantName", 200,
            "applicantIdNumber", 20,
            "applicantPhone", 30,
            "applicantEmail", 200,
            "closingReason", 2000);

    private final DossierImportFiles files;
    private final ProcedureCatalog catalog;
    private final OrgDirectory org;
    private final AccountDirectory accounts;
    private final DossierSubmission submission;
    private final Dossiers dossiers;
    private final DossierImportRecords records;
    private final DossierViews views;
    private final WorkingCalendar calendar;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionTemplate transaction;

    DossierImport(
            DossierImportFiles files,
            ProcedureCatalog catalog,
            OrgDirectory org,
            AccountDirectory accounts,
            DossierSubmission submission,
            Dossiers dossiers,
            DossierImportRecords records,
            DossierViews views,
            WorkingCalendar calendar,
            AuditLog audit,
            ApplicationEventPublisher events,
            JsonMapper json,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.files = files;
        this.catalog = catalog;
        this.org = org;
        this.accounts = accounts;
        this.submission = submission;
        this.dossiers = dossiers;
        this.records = records;
        this.views = views;
        this.calendar = calendar;
        this.audit = audit;
        this.events = events;
        this.json = json;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Checks the whole file, then imports it all or nothing. */
    public ImportReport importFile(String sourceName, byte[] content, Format format) {
        DossierActors.require(Privilege.DATA_IMPORT);
        Actor actor = CurrentActor.get().orElseThrow();
        String text = new String(content, StandardCharsets.UTF_8);
        List<RawRow> raw = format == Format.CSV ? files.readCsv(text) : files.readJson(text);
        List<Checked> checked = check(raw);
        if (checked.isEmpty()) {
            Row empty = new Row(1, null, Outcome.REJECTED, List.of(violation(null, "import_empty")));
            return new ImportReport(sourceName, false, 0, 0, 0, List.of(empty));
        }
        boolean rejected = checked.stream().anyMatch(c -> !c.violations().isEmpty());
        if (rejected) {
            return report(sourceName, false, checked, Set.of());
        }
        Set<String> done = transaction.execute(status -> apply(sourceName, checked, actor));
        return report(sourceName, true, checked, done);
    }

    // ---- checking

    /** A row checked: its values typed when valid, its violations otherwise, and whether an identical one exists. */
    private record Checked(
            int line, String code, Valid valid, String fingerprint, boolean known, List<FieldViolation> violations) {}

    private record Valid(
            ProcedureView procedure,
            AgencyView agency,
            ApplicantKind kind,
            String applicantName,
            String applicantIdNumber,
            String phone,
            String email,
            Channel channel,
            Map<String, Object> formData,
            ImportedState state) {}

    private List<Checked> check(List<RawRow> rows) {
        Map<String, Integer> firstLine = new HashMap<>();
        Map<String, Optional<ProcedureView>> procedures = new HashMap<>();
        Map<String, Optional<AgencyView>> agencies = new HashMap<>();
        List<Checked> checked = new ArrayList<>();
        for (RawRow row : rows) {
            List<FieldViolation> violations = new ArrayList<>(row.unreadable());
            Map<String, String> f = row.fields();
            for (String name : REQUIRED) {
                if (f.get(name) == null || f.get(name).isBlank()) {
                    if (row.unreadable().isEmpty() || !f.isEmpty()) {
                        violations.add(violation(name, "import_field_missing"));
                    }
                }
            }
            MAX_LENGTH.forEach((name, max) -> {
                if (f.get(name) != null && f.get(name).strip().length() > max) {
                    violations.add(violation(name, "import_too_long", max));
                }
            });
            String code = text(f, "code");
            if (code != null) {
                Integer earlier = firstLine.putIfAbsent(code, row.line());
                if (earlier != null) {
                    violations.add(violation("code", "import_code_duplicate", earlier));
                }
            }
            ProcedureView procedure = null;
            if (text(f, "procedureCode") != null) {
                procedure = procedures
                        .computeIfAbsent(text(f, "procedureCode"), catalog::findByCode)
                        .orElse(null);
                if (procedure == null) {
                    violations.add(violation("procedureCode", "import_procedure_unknown"));
                }
            }
            AgencyView agency = null;
            if (text(f, "agencyCode") != null) {
                agency = agencies.computeIfAbsent(text(f, "agencyCode"), org::findAgencyByCode)
                        .orElse(null);
                if (agency == null) {
                    violations.add(violation("agencyCode", "import_agency_unknown"));
                }
            }
            ApplicantKind kind = enumValue(ApplicantKind.class, f, "applicantKind", violations);
            Channel channel = enumValue(Channel.class, f, "channel", violations);
            DossierStatus status = status(text(f, "status"), "status", violations);
            Map<String, Instant> dates = new LinkedHashMap<>();
            for (String name : List.of("submittedAt", "acceptedAt", "dueAt", "finishedAt", "returnedAt")) {
                dates.put(name, date(text(f, name), name, violations));
            }
            Integer currentStep = null;
            if (text(f, "currentStep") != null) {
                try {
                    currentStep = Integer.valueOf(text(f, "currentStep"));
                    Integer order = currentStep;
                    if (procedure != null && procedure.steps().stream().noneMatch(s -> s.order() == order)) {
                        violations.add(violation("currentStep", "import_step_unknown"));
                    }
                } catch (NumberFormatException e) {
                    violations.add(violation("currentStep", "import_step_unknown"));
                }
            }
            if (status != null) {
                requireDates(status, dates, violations);
            }
            Instant submitted = dates.get("submittedAt");
            if (submitted != null) {
                for (String name : List.of("acceptedAt", "finishedAt", "returnedAt")) {
                    if (dates.get(name) != null && dates.get(name).isBefore(submitted)) {
                        violations.add(violation(name, "import_date_order"));
                    }
                }
            }
            List<ImportedState.Entry> history = new ArrayList<>();
            for (int i = 0; i < row.history().size(); i++) {
                Map<String, String> h = row.history().get(i);
                String p = "history[" + i + "].";
                Instant at = date(text(h, "at"), p + "at", violations);
                DossierStatus entryStatus = status(text(h, "status"), p + "status", violations);
                for (String name : List.of("at", "actor", "action", "status")) {
                    if (text(h, name) == null) {
                        violations.add(violation(p + name, "import_field_missing"));
                    }
                }
                lengths(h, p, violations);
                if (at != null && entryStatus != null && text(h, "actor") != null && text(h, "action") != null) {
                    history.add(new ImportedState.Entry(
                            at,
                            text(h, "actor"),
                            text(h, "agency"),
                            text(h, "step"),
                            text(h, "action"),
                            text(h, "note"),
                            entryStatus.code()));
                }
            }
            history.sort(java.util.Comparator.comparing(ImportedState.Entry::at));
            Valid valid = null;
            String fingerprint = null;
            if (violations.isEmpty()) {
                boolean closed = status.closed() && status != DossierStatus.RETURNED;
                ImportedState state = new ImportedState(
                        status,
                        submitted,
                        dates.get("acceptedAt"),
                        dates.get("dueAt"),
                        closed ? null : dates.get("finishedAt"),
                        dates.get("returnedAt"),
                        closed ? dates.get("finishedAt") : null,
                        text(f, "closingReason"),
                        currentStep,
                        List.copyOf(history));
                valid = new Valid(
                        procedure,
                        agency,
                        kind,
                        text(f, "applicantName"),
                        text(f, "applicantIdNumber"),
                        text(f, "applicantPhone"),
                        text(f, "applicantEmail"),
                        channel,
                        row.formData(),
                        state);
                fingerprint = fingerprint(f, row.formData(), history);
            }
            checked.add(new Checked(row.line(), code, valid, fingerprint, false, violations));
        }
        return known(checked);
    }

    /** Marks rows whose code exists: identical to an earlier import → known (skipped); otherwise rejected. */
    private List<Checked> known(List<Checked> checked) {
        Set<String> codes =
                checked.stream().map(Checked::code).filter(c -> c != null).collect(Collectors.toSet());
        if (codes.isEmpty()) {
            return checked;
        }
        Map<String, String> imported = records.findByDossierCodeIn(codes).stream()
                .collect(Collectors.toMap(DossierImportRecord::dossierCode, DossierImportRecord::fingerprint));
        List<Checked> result = new ArrayList<>();
        for (Checked c : checked) {
            if (c.code() == null || !c.violations().isEmpty()) {
                result.add(c);
            } else if (c.fingerprint().equals(imported.get(c.code()))) {
                result.add(new Checked(c.line(), c.code(), c.valid(), c.fingerprint(), true, c.violations()));
            } else if (imported.containsKey(c.code())
                    || dossiers.findByCode(c.code()).isPresent()) {
                result.add(new Checked(
                        c.line(),
                        c.code(),
                        null,
                        c.fingerprint(),
                        false,
                        List.of(violation("code", "import_code_exists"))));
            } else {
                result.add(c);
            }
        }
        return result;
    }

    /** Dates a status needs: accepted from 2 on (but 3), finished for 9 and 10 and as the decision date of 3, 7, 8. */
    private static void requireDates(
            DossierStatus status, Map<String, Instant> dates, List<FieldViolation> violations) {
        boolean accepted = status != DossierStatus.NEW
                && status != DossierStatus.NOT_ACCEPTED
                && status != DossierStatus.WITHDRAWN;
        if (accepted && dates.get("acceptedAt") == null) {
            violations.add(violation("acceptedAt", "import_date_required"));
        }
        boolean decided = status == DossierStatus.FINISHED || status == DossierStatus.RETURNED || status.closed();
        if (decided && dates.get("finishedAt") == null) {
            violations.add(violation("finishedAt", "import_date_required"));
        }
        if (status == DossierStatus.RETURNED && dates.get("returnedAt") == null) {
            violations.add(violation("returnedAt", "import_date_required"));
        }
    }

    private static void lengths(Map<String, String> h, String prefix, List<FieldViolation> violations) {
        Map<String, Integer> max = Map.of("actor", 200, "agency", 300, "step", 300, "action", 40, "note", 2000);
        max.forEach((name, limit) -> {
            if (h.get(name) != null && h.get(name).strip().length() > limit) {
                violations.add(violation(prefix + name, "import_too_long", limit));
            }
        });
    }

    private static <E extends Enum<E>> E enumValue(
            Class<E> type, Map<String, String> f, String name, List<FieldViolation> violations) {
        String value = text(f, name);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            violations.add(violation(name, "import_value_invalid"));
            return null;
        }
    }

    private static DossierStatus status(String value, String field, List<FieldViolation> violations) {
        if (value == null) {
            return null;
        }
        try {
            return DossierStatus.ofCode(Integer.parseInt(value));
        } catch (IllegalArgumentException e) {
            violations.add(violation(field, "import_status_invalid"));
            return null;
        }
    }

    /**
     * An instant with its offset ({@code 2026-11-20T08:30:00+07:00}) or the national portal's
     * {@code yyyyMMddHHmmss} in Asia/Ho_Chi_Minh.
     */
    static Instant date(String value, String field, List<FieldViolation> violations) {
        if (value == null) {
            return null;
        }
        try {
            if (value.matches("\\d{14}")) {
                return LocalDateTime.parse(value, PORTAL_DATE)
                        .atZone(CivicTime.ZONE)
                        .toInstant();
            }
            return OffsetDateTime.parse(value).toInstant().truncatedTo(ChronoUnit.MICROS);
        } catch (DateTimeParseException e) {
            violations.add(violation(field, "import_date_invalid"));
            return null;
        }
    }

    private String fingerprint(
            Map<String, String> fields, Map<String, Object> formData, List<ImportedState.Entry> history) {
        Map<String, Object> canonical = new java.util.TreeMap<>();
        fields.forEach((k, v) -> canonical.put(k, v.strip()));
        canonical.put("formData", new java.util.TreeMap<>(formData));
        canonical.put("history", history);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(json.writeValueAsString(canonical).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- importing

    private Set<String> apply(String sourceName, List<Checked> checked, Actor actor) {
        Set<String> done = new HashSet<>();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String actorId = actor.actorId();
        for (Checked c : checked) {
            if (c.known()) {
                continue;
            }
            Valid v = c.valid();
            ChannelTerms terms = v.procedure()
                    .terms(v.channel())
                    .orElseGet(() -> v.procedure().channels().getFirst());
            ProcessingTime time = terms.time();
            Long accountId = (v.kind() == ApplicantKind.BUSINESS
                            ? accounts.findByTaxCode(v.applicantIdNumber())
                            : accounts.findByPersonalIdNumber(v.applicantIdNumber()))
                    .map(AccountView::id)
                    .orElse(null);
            Filing filing = new Filing(
                    c.code(),
                    v.procedure().id(),
                    v.procedure().versionId(),
                    v.procedure().code(),
                    v.procedure().name(),
                    accountId,
                    v.kind(),
                    v.applicantName(),
                    v.applicantIdNumber(),
                    v.phone(),
                    v.email(),
                    v.channel(),
                    v.agency().id(),
                    views.toJson(new vn.civic.procedure.FormData(v.formData())),
                    time,
                    actorId,
                    null,
                    null);
            List<DossierStep> plan = submission.plan(v.procedure(), v.agency());
            Dossier dossier = dossiers.saveAndFlush(Dossier.imported(filing, plan, v.state(), actorId, calendar));
            records.save(new DossierImportRecord(
                    c.code(), dossier.id(), c.fingerprint(), sourceName, now, actor.displayName()));
            audit.record(AuditRecord.change(
                    "dossier.imported",
                    OBJECT_TYPE,
                    dossier.id(),
                    null,
                    dossier.code() + " " + dossier.procedureCode() + " status="
                            + dossier.status().code() + " from " + sourceName));
            done.add(c.code());
        }
        events.publishEvent(new DossiersImported(sourceName, List.copyOf(done), now));
        return done;
    }

    private static ImportReport report(String sourceName, boolean applied, List<Checked> checked, Set<String> done) {
        List<Row> rows = checked.stream()
                .map(c -> new Row(
                        c.line(),
                        c.code(),
                        !c.violations().isEmpty()
                                ? Outcome.REJECTED
                                : c.known() ? Outcome.SKIPPED : applied ? Outcome.IMPORTED : Outcome.VALID,
                        c.violations()))
                .toList();
        int imported =
                (int) rows.stream().filter(r -> r.outcome() == Outcome.IMPORTED).count();
        int skipped =
                (int) rows.stream().filter(r -> r.outcome() == Outcome.SKIPPED).count();
        return new ImportReport(sourceName, applied, rows.size(), imported, skipped, rows);
    }

    private static String text(Map<String, String> values, String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    static FieldViolation violation(String field, String code, Object... args) {
        return new FieldViolation(field, code, MESSAGE_PREFIX + code, args);
    }
}
