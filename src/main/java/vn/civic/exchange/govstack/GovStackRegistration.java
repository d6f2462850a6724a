package vn.civic.exchange.govstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;
import vn.civic.dossier.ApplicantDetails;
import vn.civic.dossier.AttachmentUpload;
import vn.civic.dossier.ClientSubmission;
import vn.civic.dossier.DossierProcessing;
import vn.civic.dossier.DossierQueries;
import vn.civic.dossier.DossierQueries.AttachmentContent;
import vn.civic.dossier.DossierStatus;
import vn.civic.dossier.DossierSubmission;
import vn.civic.dossier.DossierView;
import vn.civic.dossier.DossierView.StepView;
import vn.civic.dossier.FiledDossiers;
import vn.civic.dossier.InboxFilter;
import vn.civic.exchange.govstack.GovStackModel.AdditionalData;
import vn.civic.exchange.govstack.GovStackModel.ApplicationFileResponse;
import vn.civic.exchange.govstack.GovStackModel.ApplicationFileSubmit;
import vn.civic.exchange.govstack.GovStackModel.ApplicationListItem;
import vn.civic.exchange.govstack.GovStackModel.CompletedTask;
import vn.civic.exchange.govstack.GovStackModel.DataUserTask;
import vn.civic.exchange.govstack.GovStackModel.EForm;
import vn.civic.exchange.govstack.GovStackModel.EFormListItem;
import vn.civic.exchange.govstack.GovStackModel.Property;
import vn.civic.exchange.govstack.GovStackModel.StatusModel;
import vn.civic.exchange.govstack.GovStackModel.UploadResponse;
import vn.civic.exchange.govstack.GovStackModel.UserTask;
import vn.civic.platform.audit.AuditLog;
import vn.civic.platform.audit.AuditRecord;
import vn.civic.platform.error.ConflictException;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.platform.error.NotFoundException;
import vn.civic.platform.security.Actor;
import vn.civic.platform.security.CurrentActor;
import vn.civic.platform.security.Privilege;
import vn.civic.platform.storage.FileStorage;
import vn.civic.platform.storage.StorageError;
import vn.civic.platform.storage.StoredFile;
import vn.civic.procedure.ApplicantKind;
import vn.civic.procedure.FormField;
import vn.civic.procedure.ProcedureCatalog;
import vn.civic.procedure.ProcedureView;
import vn.civic.procedure.StepDefinition.StepKind;

/**
 * The GovStack Registration building block over Civic's modules (docs/decisions/0023): services are procedures,
 * e-forms their form definitions, application files dossiers (filed online for the applicant by the calling client),
 * tasks the dossiers' steps, completed through the same processing actions, privileges and agency scope as the staff
 * pages. Every refusal is a problem detail and changes nothing.
 */
@Service
public class GovStackRegistration {

    public static final String BASE = "/api/govstack";
    static final String SERVICE = "Service";
    static final String APPLICATION = "ApplicationFile";
    static final String TASK = "Task";
    static final String DOCUMENT = "Document";
    private static final int MAX_RESULTS = 100;

    private final ProcedureCatalog catalog;
    private final DossierSubmission submission;
    private final DossierProcessing processing;
    private final DossierQueries queries;
    private final FiledDossiers filed;
    private final GovStackApplications applications;
    private final GovStackDocuments documents;
    private final FileStorage storage;
    private final EFormSchemas schemas;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transaction;

    GovStackRegistration(
            ProcedureCatalog catalog,
            DossierSubmission submission,
            DossierProcessing processing,
            DossierQueries queries,
            FiledDossiers filed,
            GovStackApplications applications,
            GovStackDocuments documents,
            FileStorage storage,
            EFormSchemas schemas,
            MessageSource messages,
            AuditLog audit,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.catalog = catalog;
        this.submission = submission;
        this.processing = processing;
        this.queries = queries;
        this.filed = filed;
        this.applications = applications;
        this.documents = documents;
        this.storage = storage;
        this.schemas = schemas;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    // ---- services and e-forms

    /** Active procedures whose name or code holds every word of {@code name} (the catalogue's first page). */
    public List<GovStackModel.Service> services(String name) {
        return catalog.searchActive(name == null ? "" : name, null).stream()
                .map(GovStackRegistration::service)
                .toList();
    }

    public GovStackModel.Service service(String serviceId) {
        return service(procedure(serviceId));
    }

    public List<EFormListItem> eForms(String serviceId) {
        ProcedureView p = procedure(serviceId);
        return List.of(new EFormListItem(eFormId(p), p.name(), p.sector().name(), String.valueOf(p.version()), true));
    }

    /** An e-form by id ({@code <procedure code>-v<version id>}), current or of an earlier version. */
    public EForm eForm(String eFormId) {
        int cut = eFormId == null ? -1 : eFormId.lastIndexOf("-v");
        ProcedureView version = cut <= 0
                ? null
                : parseLong(eFormId.substring(cut + 2))
                        .flatMap(catalog::findVersion)
                        .filter(v -> v.code().equals(eFormId.substring(0, cut)))
                        .orElse(null);
        if (version == null) {
            throw NotFoundException.of("EForm", eFormId);
        }
        boolean latest = catalog.findByCode(version.code())
                .map(c -> c.versionId() == version.versionId())
                .orElse(false);
        return new EForm(
                eFormId(version),
                version.name(),
                version.sector().name(),
                String.valueOf(version.version()),
                latest,
                schemas.schema(version));
    }

    // ---- documents

    /** Stores a file a client uploads for one of a procedure's required documents ({@code documentCode}). */
    public UploadResponse upload(MultipartFile file, String documentCode) {
        Actor actor = requireActor();
        List<FieldViolation> violations = new ArrayList<>();
        if (file == null || file.isEmpty()) {
            violations.add(violation("file", "required"));
        }
        if (documentCode == null
                || documentCode.isBlank()
                || documentCode.strip().length() > 60) {
            violations.add(violation("additionalMetadata", "govstack_document_code"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return transaction.execute(status -> {
            StoredFile stored;
            try (InputStream content = file.getInputStream()) {
                stored = storage.store(content);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            deleteUnlessCommitted(stored.key());
            if (stored.type() == null) {
                throw new InvalidInputException(List.of(violation("file", StorageError.FILE_TYPE_NOT_ALLOWED.code())));
            }
            if (!stored.type().agreesWith(file.getOriginalFilename(), file.getContentType())) {
                throw new InvalidInputException(List.of(violation("file", StorageError.FILE_TYPE_MISMATCH.code())));
            }
            GovStackDocument document = documents.save(new GovStackDocument(
                    UUID.randomUUID().toString(),
                    actor.actorId(),
                    documentCode.strip(),
                    safeName(file.getOriginalFilename()),
                    stored.type().mediaType(),
                    stored.size(),
                    stored.key(),
                    now()));
            audit.record(AuditRecord.change(
                    "govstack.document.uploaded",
                    DOCUMENT,
                    document.id(),
                    null,
                    document.documentCode() + " " + document.fileName()));
            return new UploadResponse(200, document.contentType(), "uploaded", BASE + "/documents/" + document.id());
        });
    }

    /** A file the caller uploaded. */
    public AttachmentContent uploaded(String documentId) {
        Actor actor = requireActor();
        GovStackDocument document = documents
                .findById(documentId == null ? "" : documentId)
                .filter(d -> d.owner().equals(actor.actorId()))
                .orElseThrow(() -> NotFoundException.of(DOCUMENT, documentId));
        return new AttachmentContent(
                document.fileName(), document.contentType(), document.size(), storage.open(document.storageKey()));
    }

    /** A file of an application (submitted or result) the caller may read. */
    public AttachmentContent applicationDocument(String fileId, String attachmentId) {
        long id = parseLong(attachmentId).orElseThrow(() -> NotFoundException.of(DOCUMENT, attachmentId));
        return filed.open(fileId, id);
    }

    // ---- applications

    /**
     * Files an application: a dossier filed online for the applicant at the receiving agency ({@code agencyCode}, or
     * the client's own), with the documents uploaded before. The applicant's name and personal ID number (or business
     * name and tax code) are read from the form's fields that carry those profile keys.
     */
    public ApplicationFileResponse submit(
            String serviceId, String agencyCode, ApplicationFileSubmit body, String idempotencyKey) {
        Actor actor = requireActor();
        ProcedureView procedure = procedure(serviceId);
        List<FieldViolation> violations = new ArrayList<>();
        if (body == null) {
            throw new InvalidInputException(List.of(violation("applicantId", "required")));
        }
        if (body.applicantId() == null || body.applicantId().isBlank()) {
            violations.add(violation("applicantId", "required"));
        } else if (body.applicantId().strip().length() > 200) {
            violations.add(violation("applicantId", "too_long", 200));
        }
        if (body.applicationName() != null && body.applicationName().strip().length() > 200) {
            violations.add(violation("applicationName", "too_long", 200));
        }
        Map<String, Object> data = body.formData() == null || body.formData().data() == null
                ? Map.of()
                : body.formData().data();
        List<GovStackDocument> uploads = new ArrayList<>();
        List<String> urls = body.documentUrls() == null ? List.of() : body.documentUrls();
        for (int i = 0; i < urls.size(); i++) {
            String url = urls.get(i);
            String id = url == null ? "" : url.substring(url.lastIndexOf('/') + 1);
            Optional<GovStackDocument> found =
                    documents.findById(id).filter(d -> d.owner().equals(actor.actorId()) && d.usedBy() == null);
            if (found.isEmpty()) {
                violations.add(violation("documentUrls[" + i + "]", "govstack_document_unknown"));
            } else {
                uploads.add(found.get());
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        ApplicantDetails applicant = applicant(procedure, data, body);
        List<AttachmentUpload> attachments = uploads.stream()
                .map(d -> new AttachmentUpload(
                        d.documentCode(), d.fileName(), d.contentType(), () -> storage.open(d.storageKey())))
                .toList();
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        try {
            return file(actor, procedure, agencyCode, body, data, uploads, applicant, attachments, key);
        } catch (org.springframework.dao.DataAccessException | org.springframework.transaction.TransactionException e) {
            if (key == null) {
                throw e;
            }
            // an identical request with the same key committed first: filing again finds and answers with it
            return file(actor, procedure, agencyCode, body, data, uploads, applicant, attachments, key);
        }
    }

    private ApplicationFileResponse file(
            Actor actor,
            ProcedureView procedure,
            String agencyCode,
            ApplicationFileSubmit body,
            Map<String, Object> data,
            List<GovStackDocument> uploads,
            ApplicantDetails applicant,
            List<AttachmentUpload> attachments,
            String key) {
        try {
            return transaction.execute(status -> {
                DossierView dossier = submission.submitForApplicant(new ClientSubmission(
                        procedure.code(),
                        agencyCode,
                        applicant,
                        new vn.civic.procedure.FormData(data),
                        attachments,
                        key));
                GovStackApplication application = applications
                        .findByDossierCode(dossier.code())
                        .orElseGet(() -> {
                            uploads.forEach(d -> documents.findById(d.id()).ifPresent(u -> u.usedBy(dossier.code())));
                            audit.record(AuditRecord.change(
                                    "govstack.application.filed",
                                    APPLICATION,
                                    dossier.code(),
                                    null,
                                    dossier.code() + " " + procedure.code() + " applicant=" + body.applicantId()));
                            return applications.save(new GovStackApplication(
                                    dossier.code(),
                                    actor.actorId(),
                                    body.applicantId().strip(),
                                    procedure.code(),
                                    body.applicationName() == null
                                            ? null
                                            : body.applicationName().strip(),
                                    body.formData() == null
                                            ? null
                                            : body.formData().eFormId(),
                                    body.created(),
                                    dossier.submittedAt()));
                        });
                return response(dossier, Optional.of(application));
            });
        } catch (InvalidInputException e) {
            throw new InvalidInputException(
                    e.errorCode(),
                    e.violations().stream().map(GovStackRegistration::onBody).toList(),
                    e.args());
        }
    }

    /** The caller's application files (filed by it), or for an operator without filing rights its waiting ones. */
    public List<ApplicationListItem> applications(String serviceId, String applicantId, Integer first, Integer max) {
        Actor actor = requireActor();
        int size = max == null ? 50 : Math.clamp(max, 1, MAX_RESULTS);
        int from = first == null ? 0 : Math.max(first, 0);
        if (CurrentActor.has(Privilege.DOSSIER_FILE_ON_BEHALF)) {
            return applications
                    .filedBy(
                            actor.actorId(),
                            blankToNull(serviceId),
                            blankToNull(applicantId),
                            PageRequest.of(from / size, size))
                    .stream()
                    .map(a -> listItem(filed.get(a.dossierCode()), Optional.of(a)))
                    .toList();
        }
        return queries
                .inbox(new InboxFilter(java.util.Set.of(), blankToNull(serviceId), null, from / size, size))
                .stream()
                .map(item -> filed.get(item.dossier().code()))
                .map(d -> listItem(d, applications.findByDossierCode(d.code())))
                .toList();
    }

    public ApplicationFileResponse application(String fileId) {
        DossierView dossier = filed.get(fileId);
        return response(dossier, applications.findByDossierCode(dossier.code()));
    }

    // ---- tasks

    /** The steps of one application that started, or, for an operator, the current tasks at its agency. */
    public List<UserTask> tasks(String fileId, String assigneeId, Integer first, Integer max) {
        requireActor();
        int size = max == null ? 50 : Math.clamp(max, 1, MAX_RESULTS);
        int from = first == null ? 0 : Math.max(first, 0);
        List<UserTask> tasks;
        if (fileId != null && !fileId.isBlank()) {
            DossierView dossier = filed.get(fileId);
            tasks = dossier.steps().stream()
                    .filter(s -> s.startedAt() != null)
                    .map(s -> task(dossier, s))
                    .toList();
        } else if (FiledDossiersAccess.operator()) {
            tasks = queries.inbox(new InboxFilter(java.util.Set.of(), null, null, from / size, size)).stream()
                    .map(item -> filed.get(item.dossier().code()))
                    .filter(d -> d.currentStep() != null)
                    .map(d -> task(d, d.currentStep()))
                    .toList();
        } else {
            tasks = List.of();
        }
        return tasks.stream()
                .filter(t -> assigneeId == null || assigneeId.isBlank() || assigneeId.equals(t.assigneeId()))
                .toList();
    }

    public DataUserTask task(String taskId) {
        Task task = findTask(taskId);
        UserTask t = task(task.dossier(), task.step());
        return new DataUserTask(
                t.taskId(),
                t.name(),
                t.assigneeId(),
                t.roleId(),
                t.created(),
                t.description(),
                t.fileId(),
                t.serviceId(),
                t.serviceName(),
                t.eFormId(),
                task.dossier().data().values(),
                t.status(),
                Map.of(
                        "agencyName",
                        task.step().agencyName(),
                        "dueDate",
                        String.valueOf(task.step().dueAt())));
    }

    /** Completes the dossier's current step with the decision in {@code data.decision} (see {@link AdditionalData}). */
    public CompletedTask complete(String taskId, AdditionalData body) {
        Task task = findTask(taskId);
        DossierView d = task.dossier();
        if (d.currentStep() == null || d.currentStep().order() != task.step().order()) {
            throw new ConflictException(vn.civic.dossier.DossierError.ACTION_NOT_ALLOWED);
        }
        Map<String, Object> data = body == null || body.data() == null ? Map.of() : body.data();
        String decision = text(data, "decision");
        String note = text(data, "note");
        String reason = text(data, "reason");
        StepKind kind = task.step().kind();
        String chosen = decision == null ? defaultDecision(kind) : decision;
        DossierView after = switch (kind + ":" + chosen) {
            case "RECEIVE:accept" -> processing.accept(d.id(), d.version());
            case "RECEIVE:refuse" -> processing.refuse(d.id(), d.version(), reason);
            case "RECEIVE:supplement", "PROCESS:supplement" ->
                processing.requestSupplement(d.id(), d.version(), reason, documentsWanted(data));
            case "PROCESS:forward" -> processing.forward(d.id(), d.version(), note);
            case "PROCESS:sendBack", "APPROVE:sendBack" ->
                processing.sendBack(d.id(), d.version(), stepOrder(data), reason);
            case "APPROVE:approve" -> processing.approve(d.id(), d.version(), note);
            case "APPROVE:reject" -> processing.reject(d.id(), d.version(), reason);
            case "RETURN:return" -> processing.returnResult(d.id(), d.version(), List.of(), note);
            default -> throw new InvalidInputException(List.of(violation("data.decision", "govstack_decision")));
        };
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("decision", chosen);
        variables.put("nationalStatus", after.status().code());
        if (after.currentStep() != null) {
            variables.put("nextTaskId", taskId(after, after.currentStep()));
        }
        return new CompletedTask(taskId, d.code(), d.procedureCode(), status(after.status()), variables);
    }

    // ---- mapping

    private static GovStackModel.Service service(ProcedureView p) {
        List<Property> body = new ArrayList<>();
        body.add(new Property("sector", p.sector().code() + " " + p.sector().name()));
        body.add(new Property("serviceLevel", p.serviceLevel().name()));
        body.add(new Property("levelCode", p.levelCode()));
        p.channels()
                .forEach(c -> body.add(new Property(
                        "timeLimit." + c.channel().name(),
                        c.time().amount().stripTrailingZeros().toPlainString() + " "
                                + c.time().unit())));
        p.documents().forEach(doc -> body.add(new Property("document." + doc.code(), doc.name())));
        return new GovStackModel.Service(
                p.code(), p.name(), String.valueOf(p.version()), "Public", p.active(), false, p.conditions(), body);
    }

    static String eFormId(ProcedureView p) {
        return p.code() + "-v" + p.versionId();
    }

    StatusModel status(DossierStatus status) {
        String code = switch (status) {
            case NEW, ACCEPTED, PROCESSING, PAYMENT_REQUESTED -> "PENDING";
            case SUPPLEMENT_REQUESTED -> "SENDBACK";
            case FINISHED, RETURNED -> "APPROVED";
            case NOT_ACCEPTED, WITHDRAWN, STOPPED -> "REJECTED";
        };
        Locale locale = LocaleContextHolder.getLocale();
        return new StatusModel(
                code,
                messages.getMessage("dossier.status." + status.code(), null, status.name(), locale),
                status.code());
    }

    private ApplicationFileResponse response(DossierView d, Optional<GovStackApplication> application) {
        return new ApplicationFileResponse(
                d.code(),
                d.submittedAt(),
                d.procedureCode(),
                d.procedureName(),
                status(d.status()),
                d.status().closed() || d.status() == DossierStatus.FINISHED,
                d.dueAt(),
                new ApplicationFileSubmit(
                        application.map(GovStackApplication::applicationName).orElse(d.applicantName()),
                        application.map(GovStackApplication::applicantRef).orElse(d.applicantIdNumber()),
                        application.map(GovStackApplication::createdAt).orElse(null),
                        new GovStackModel.FormData(
                                d.data().values(),
                                application
                                        .map(GovStackApplication::eFormId)
                                        .orElse(d.procedureCode() + "-v" + d.procedureVersionId())),
                        documentUrls(d)));
    }

    private ApplicationListItem listItem(DossierView d, Optional<GovStackApplication> application) {
        StepView step = d.currentStep();
        return new ApplicationListItem(
                d.code(),
                step == null ? null : taskId(d, step),
                step == null ? null : step.name(),
                step == null ? null : step.kind().name(),
                step == null ? null : step.agencyName(),
                step == null || step.assigneeAccountId() == null ? null : String.valueOf(step.assigneeAccountId()),
                null,
                status(d.status()),
                application.map(GovStackApplication::applicantRef).orElse(d.applicantIdNumber()),
                application.map(GovStackApplication::createdAt).orElse(null),
                d.submittedAt(),
                application.map(GovStackApplication::applicationName).orElse(d.applicantName()),
                d.procedureName(),
                d.procedureCode(),
                d.procedureCode() + "-v" + d.procedureVersionId(),
                documentUrls(d));
    }

    private static List<String> documentUrls(DossierView d) {
        return d.attachments().stream()
                .filter(a -> !a.paper())
                .map(a -> BASE + "/applications/" + d.code() + "/documents/" + a.id())
                .toList();
    }

    private UserTask task(DossierView d, StepView step) {
        boolean current = d.currentStep() != null && d.currentStep().order() == step.order();
        StatusModel status = current
                ? status(d.status() == DossierStatus.FINISHED ? DossierStatus.PROCESSING : d.status())
                : step.finishedAt() != null ? status(DossierStatus.FINISHED) : status(d.status());
        return new UserTask(
                taskId(d, step),
                d.code(),
                step.name(),
                step.assigneeAccountId() == null ? null : String.valueOf(step.assigneeAccountId()),
                step.kind().name(),
                step.startedAt(),
                step.agencyName(),
                d.procedureCode(),
                d.procedureName(),
                d.code(),
                d.procedureCode() + "-v" + d.procedureVersionId(),
                status);
    }

    static String taskId(DossierView d, StepView step) {
        return d.code() + "." + step.order();
    }

    private record Task(DossierView dossier, StepView step) {}

    /** A task by id ({@code <dossier code>.<step order>}) of a dossier the caller may reach, of a step that started. */
    private Task findTask(String taskId) {
        requireActor();
        int cut = taskId == null ? -1 : taskId.lastIndexOf('.');
        Optional<Long> order = cut <= 0 ? Optional.empty() : parseLong(taskId.substring(cut + 1));
        if (order.isEmpty()) {
            throw NotFoundException.of(TASK, taskId);
        }
        DossierView dossier;
        try {
            dossier = filed.get(taskId.substring(0, cut));
        } catch (NotFoundException e) {
            throw NotFoundException.of(TASK, taskId);
        }
        return dossier.steps().stream()
                .filter(s -> s.order() == order.get() && s.startedAt() != null)
                .findFirst()
                .map(s -> new Task(dossier, s))
                .orElseThrow(() -> NotFoundException.of(TASK, taskId));
    }

    private static String defaultDecision(StepKind kind) {
        return switch (kind) {
            case RECEIVE -> "accept";
            case PROCESS -> "forward";
            case APPROVE -> "approve";
            case RETURN -> "return";
        };
    }

    /**
     * The applicant from the form's profile fields: a business when the form has a filled {@code business.taxCode},
     * else a citizen by {@code applicant.personalIdNumber} (or the applicant id itself when it is one).
     */
    private static ApplicantDetails applicant(
            ProcedureView procedure, Map<String, Object> data, ApplicationFileSubmit body) {
        Map<String, String> known = new LinkedHashMap<>();
        for (FormField field : procedure.form().fields()) {
            if (field.profileKey() != null && data.get(field.name()) instanceof String value && !value.isBlank()) {
                known.put(field.profileKey(), value.strip());
            }
        }
        if (known.containsKey("business.taxCode")) {
            return new ApplicantDetails(
                    ApplicantKind.BUSINESS,
                    known.getOrDefault("business.name", body.applicationName()),
                    known.get("business.taxCode"),
                    known.get("applicant.phone"),
                    known.get("applicant.email"));
        }
        return new ApplicantDetails(
                ApplicantKind.CITIZEN,
                known.getOrDefault("applicant.fullName", body.applicationName()),
                known.getOrDefault(
                        "applicant.personalIdNumber", body.applicantId().strip()),
                known.get("applicant.phone"),
                known.get("applicant.email"));
    }

    /** A violation of the dossier rules named by its place in the request body. */
    private static FieldViolation onBody(FieldViolation v) {
        String field = v.field();
        String named;
        if (field == null) {
            named = null;
        } else if (field.startsWith("document.")) {
            named = "documentUrls(" + field.substring("document.".length()) + ")";
        } else if (field.startsWith("applicant.")) {
            named = "formData.data(" + field + ")";
        } else if (field.equals("agencyCode")) {
            named = "agency";
        } else {
            // form violations name the page's inputs (f.childName): the API names the body's property
            named = "formData.data." + (field.startsWith("f.") ? field.substring(2) : field);
        }
        return new FieldViolation(named, v.code(), v.messageKey(), v.args());
    }

    private ProcedureView procedure(String serviceId) {
        return (serviceId == null ? Optional.<ProcedureView>empty() : catalog.findByCode(serviceId.strip()))
                .orElseThrow(() -> NotFoundException.of(SERVICE, serviceId));
    }

    private static Actor requireActor() {
        return CurrentActor.get()
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("No actor"));
    }

    private static List<String> documentsWanted(Map<String, Object> data) {
        Object value = data.get("documents");
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        if (value instanceof String s && !s.isBlank()) {
            return List.of(s.split("\\s*,\\s*"));
        }
        return List.of();
    }

    private static int stepOrder(Map<String, Object> data) {
        Object value = data.get("stepOrder");
        if (value instanceof Number n) {
            return n.intValue();
        }
        return parseLong(value == null ? null : value.toString())
                .map(Long::intValue)
                .orElseThrow(() -> new InvalidInputException(List.of(violation("data.stepOrder", "required"))));
    }

    private static String text(Map<String, Object> data, String name) {
        Object value = data.get(name);
        return value == null || value.toString().isBlank()
                ? null
                : value.toString().strip();
    }

    private static Optional<Long> parseLong(String text) {
        if (text == null || !text.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(text));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static FieldViolation violation(String field, String code, Object... args) {
        return new FieldViolation(field, code, "govstack.error." + code, args);
    }

    private static String safeName(String fileName) {
        String name = fileName == null
                ? "document"
                : fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private void deleteUnlessCommitted(String key) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    storage.delete(key);
                }
            }
        });
    }

    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(vn.civic.platform.time.CivicTime.ZONE));
    }

    /** Whether the caller works dossiers at steps of its agency. */
    static final class FiledDossiersAccess {
        private FiledDossiersAccess() {}

        static boolean operator() {
            return CurrentActor.get().map(a -> a.agencyId() != null).orElse(false)
                    && (CurrentActor.has(Privilege.DOSSIER_RECEIVE)
                            || CurrentActor.has(Privilege.DOSSIER_PROCESS)
                            || CurrentActor.has(Privilege.DOSSIER_APPROVE));
        }
    }
}
