package vn.civic.dossier;

import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.civic.dossier.domain.Act;
import vn.civic.dossier.domain.Attachment;
import vn.civic.dossier.domain.Dossier;
import vn.civic.dossier.domain.DossierStep;
import vn.civic.dossier.domain.Dossiers;
import vn.civic.dossier.domain.Drafts;
import vn.civic.dossier.domain.Filing;
import vn.civic.identity.AccountDirectory;
import vn.civic.identity.AccountKind;
import vn.civic.identity.AccountView;
import vn.civic.identity.IdentityProperties;
import vn.civic.identity.PersonalIdNumber;
import vn.civic.identity.TaxCode;
import vn.civic.org.AgencyKind;
import vn.civic.org.AgencyView;
import vn.civic.org.DepartmentView;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.audit.AuditLog;
import vn.civic.platform.audit.AuditRecord;
import vn.civic.platform.calendar.WorkingCalendar;
import vn.civic.platform.error.ConflictException;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.platform.error.NotFoundException;
import vn.civic.platform.security.Actor;
import vn.civic.platform.security.Privilege;
import vn.civic.platform.time.CivicTime;
import vn.civic.procedure.ApplicantKind;
import vn.civic.procedure.Channel;
import vn.civic.procedure.ChannelTerms;
import vn.civic.procedure.FormData;
import vn.civic.procedure.FormValidator;
import vn.civic.procedure.ProcedureCatalog;
import vn.civic.procedure.ProcedureView;
import vn.civic.procedure.RequiredDocument;
import vn.civic.procedure.StepDefinition;

/**
 * Files dossiers: online by the signed-in applicant ({@code SELF_SERVICE}), at the counter or by post by a clerk
 * ({@code DOSSIER_RECEIVE}) for the clerk's agency. Everything is checked before anything is kept: the procedure is
 * active and offers the channel, the applicant may file it, the agency carries it out, the form and the documents are
 * valid and every file is what its name says. A refused submission leaves no row and no file.
 *
 * <p>A submission repeated with the same idempotency key by the same actor returns the first dossier, also when both
 * arrive at once: the unique key lets one of them commit, and the other answers with that one.
 */
@Service
public class DossierSubmission {

    static final String IDEMPOTENCY_CONSTRAINT = "dossier_idempotency_uk";

    private static final int NAME_MAX = 200;
    private static final int KEY_MAX = 100;

    private final ProcedureCatalog catalog;
    private final FormValidator validator;
    private final OrgDirectory org;
    private final AccountDirectory accounts;
    private final Dossiers dossiers;
    private final Drafts drafts;
    private final DossierCodes codes;
    private final Uploads uploads;
    private final DossierViews views;
    private final DossierActors actors;
    private final WorkingCalendar calendar;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final boolean taxCodeCheckDigit;

    DossierSubmission(
            ProcedureCatalog catalog,
            FormValidator validator,
            OrgDirectory org,
            AccountDirectory accounts,
            Dossiers dossiers,
            Drafts drafts,
            DossierCodes codes,
            Uploads uploads,
            DossierViews views,
            DossierActors actors,
            WorkingCalendar calendar,
            AuditLog audit,
            PlatformTransactionManager transactions,
            IdentityProperties identity) {
        this.catalog = catalog;
        this.validator = validator;
        this.org = org;
        this.accounts = accounts;
        this.dossiers = dossiers;
        this.drafts = drafts;
        this.codes = codes;
        this.uploads = uploads;
        this.views = views;
        this.actors = actors;
        this.calendar = calendar;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.taxCodeCheckDigit = identity.taxCodeCheckDigit();
    }

    /** A dossier filed online by the signed-in citizen or business, for the agency they chose. */
    public DossierView submitOnline(OnlineSubmission command) {
        long accountId = actors.applicantAccountId();
        AccountView account = accounts.findById(accountId)
                .filter(a -> a.kind() != AccountKind.STAFF)
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Not an applicant"));
        ApplicantDetails applicant = new ApplicantDetails(
                account.kind() == AccountKind.BUSINESS ? ApplicantKind.BUSINESS : ApplicantKind.CITIZEN,
                account.fullName(),
                account.kind() == AccountKind.BUSINESS ? account.taxCode() : account.personalIdNumber(),
                account.phone(),
                account.email());
        AgencyView agency = org.findAgency(command.agencyId())
                .filter(AgencyView::active)
                .orElseThrow(() -> DossierForm.invalid("agencyId", "dossier_agency_unknown"));
        return file(new Request(
                command.procedureCode(),
                Channel.ONLINE,
                agency,
                applicant,
                accountId,
                command.data(),
                command.attachments(),
                command.reused(),
                Set.of(),
                command.idempotencyKey()));
    }

    /**
     * A dossier received by a clerk for the clerk's agency, at the counter or by post; accepted on receipt. The
     * applicant is linked to their account when one exists for the personal ID number or tax code.
     */
    public DossierView receiveAtCounter(CounterSubmission command) {
        DossierActors.require(Privilege.DOSSIER_RECEIVE);
        long agencyId = actors.staffAgencyId();
        if (command.channel() == Channel.ONLINE || command.channel() == null) {
            throw DossierForm.invalid("channel", "dossier_channel_counter");
        }
        ApplicantDetails applicant = command.applicant();
        List<FieldViolation> violations = applicantViolations(applicant);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Long accountId = (applicant.kind() == ApplicantKind.BUSINESS
                        ? accounts.findByTaxCode(applicant.idNumber().strip())
                        : accounts.findByPersonalIdNumber(applicant.idNumber()))
                .map(AccountView::id)
                .orElse(null);
        AgencyView agency = org.findAgency(agencyId).orElseThrow();
        return file(new Request(
                command.procedureCode(),
                command.channel(),
                agency,
                applicant,
                accountId,
                command.data(),
                command.attachments(),
                List.of(),
                command.paperDocuments() == null ? Set.of() : command.paperDocuments(),
                command.idempotencyKey()));
    }

    /**
     * A dossier another system files online for an applicant ({@code DOSSIER_FILE_ON_BEHALF}): status 1 at the
     * receiving agency's counter, filed by the client (who alone may follow it through the API) and linked to the
     * applicant's account when one exists for the personal ID number or tax code.
     */
    public DossierView submitForApplicant(ClientSubmission command) {
        DossierActors.require(Privilege.DOSSIER_FILE_ON_BEHALF);
        Actor actor = actors.actor();
        ApplicantDetails applicant = command.applicant();
        List<FieldViolation> violations = applicantViolations(applicant);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        AgencyView agency = (command.agencyCode() == null
                                || command.agencyCode().isBlank()
                        ? java.util.Optional.ofNullable(actor.agencyId()).flatMap(org::findAgency)
                        : org.findAgencyByCode(command.agencyCode().strip()))
                .filter(AgencyView::active)
                .orElseThrow(() -> DossierForm.invalid("agencyCode", "dossier_agency_unknown"));
        Long accountId = (applicant.kind() == ApplicantKind.BUSINESS
                        ? accounts.findByTaxCode(applicant.idNumber().strip())
                        : accounts.findByPersonalIdNumber(applicant.idNumber()))
                .map(AccountView::id)
                .orElse(null);
        return file(new Request(
                command.procedureCode(),
                Channel.ONLINE,
                agency,
                applicant,
                accountId,
                command.data() == null ? FormData.empty() : command.data(),
                command.attachments() == null ? List.of() : command.attachments(),
                List.of(),
                Set.of(),
                command.idempotencyKey()));
    }

    private record Request(
            String procedureCode,
            Channel channel,
            AgencyView agency,
            ApplicantDetails applicant,
            Long accountId,
            FormData data,
            List<AttachmentUpload> attachments,
            List<DocumentReuse> reused,
            Set<String> paperDocuments,
            String idempotencyKey) {}

    private DossierView file(Request request) {
        Actor actor = actors.actor();
        String key =
                request.idempotencyKey() == null || request.idempotencyKey().isBlank()
                        ? null
                        : request.idempotencyKey().strip();
        if (key != null && key.length() > KEY_MAX) {
            throw DossierForm.invalid("idempotencyKey", "too_long", KEY_MAX);
        }
        if (key != null) {
            var existing = repeated(actor.actorId(), key);
            if (existing != null) {
                return existing;
            }
        }
        ProcedureView procedure = catalog.findByCode(request.procedureCode())
                .orElseThrow(() -> NotFoundException.of("Procedure", request.procedureCode()));
        FormData data = validator.normalise(procedure.form(), request.data());
        ChannelTerms terms = check(procedure, request, data);
        List<DossierStep> plan = plan(procedure, request.agency());
        Act act = actors.act();
        String code = codes.next(request.agency().id(), request.agency().code(), act.at());
        try {
            return transaction.execute(status -> {
                List<Attachment> files =
                        new ArrayList<>(uploads.store(request.attachments(), Attachment.Purpose.SUBMITTED, act));
                request.paperDocuments().forEach(document -> files.add(Attachment.paper(document, act)));
                files.addAll(uploads.reuse(request.reused(), request.accountId(), act));
                Filing filing = new Filing(
                        code,
                        procedure.id(),
                        procedure.versionId(),
                        procedure.code(),
                        procedure.name(),
                        request.accountId(),
                        request.applicant().kind(),
                        request.applicant().name().strip(),
                        PersonalIdNumber.normalise(request.applicant().idNumber()),
                        request.applicant().phone(),
                        request.applicant().email(),
                        request.channel(),
                        request.agency().id(),
                        views.toJson(data),
                        terms.time(),
                        actor.actorId(),
                        key == null ? null : actor.actorId(),
                        key);
                // inserted at once (its id is the database's), which registers DossierSubmitted; saving publishes it
                Dossier filed = Dossier.file(filing, plan, files, act, calendar);
                // the fee the schedule asks for this filing (decision 0020); accepted at the counter, it is owed now
                long fee = terms.amountOwed(data);
                if (fee > 0) {
                    filed.owe(fee, DossierFees.feeName(terms, data), act);
                }
                Dossier dossier = dossiers.saveAndFlush(filed);
                if (request.channel() == Channel.ONLINE && request.accountId() != null) {
                    drafts.deleteByOwnerAccountIdAndProcedureCode(request.accountId(), procedure.code());
                }
                audit.record(AuditRecord.change(
                        "dossier.submitted",
                        DossierActors.OBJECT_TYPE,
                        dossier.id(),
                        null,
                        dossier.code() + " " + procedure.code() + " " + request.channel() + " status="
                                + dossier.status().code()));
                return views.view(dossier);
            });
        } catch (DataIntegrityViolationException e) {
            if (key != null && mentions(e, IDEMPOTENCY_CONSTRAINT)) {
                // an identical request committed first: answer with its dossier
                DossierView first = repeated(actor.actorId(), key);
                if (first != null) {
                    return first;
                }
            }
            throw e;
        }
    }

    private DossierView repeated(String owner, String key) {
        return transaction.execute(status -> dossiers.findByIdempotencyOwnerAndIdempotencyKey(owner, key)
                .map(views::view)
                .orElse(null));
    }

    /** Every rule that needs no file: the procedure, the channel, the applicant, the agency, the form, the documents. */
    private ChannelTerms check(ProcedureView procedure, Request request, FormData data) {
        if (!procedure.active()) {
            throw new ConflictException(DossierError.PROCEDURE_NOT_ACTIVE);
        }
        ChannelTerms terms = procedure
                .terms(request.channel())
                .orElseThrow(() -> new InvalidInputException(DossierError.CHANNEL_NOT_OFFERED, List.of()));
        if (!procedure.applicants().contains(request.applicant().kind())) {
            throw new InvalidInputException(DossierError.APPLICANT_NOT_ELIGIBLE, List.of());
        }
        if (!implementedBy(procedure, request.agency())) {
            throw new InvalidInputException(
                    DossierError.AGENCY_NOT_IMPLEMENTING,
                    List.of(DossierForm.violation("agencyId", DossierError.AGENCY_NOT_IMPLEMENTING.code())));
        }
        List<FieldViolation> violations = new ArrayList<>(validator.validate(procedure.form(), data));
        Set<String> known = new java.util.HashSet<>();
        for (RequiredDocument document : procedure.documents()) {
            known.add(document.code());
            boolean uploaded =
                    request.attachments().stream().anyMatch(a -> document.code().equals(a.documentCode()));
            boolean onPaper = request.paperDocuments().contains(document.code());
            boolean reused =
                    request.reused().stream().anyMatch(r -> document.code().equals(r.documentCode()));
            if (document.mandatory() && !uploaded && !onPaper && !reused) {
                violations.add(DossierForm.violation("document." + document.code(), "dossier_document_missing"));
            }
        }
        request.attachments().stream()
                .map(AttachmentUpload::documentCode)
                .filter(code -> !known.contains(code))
                .forEach(code -> violations.add(DossierForm.violation("document." + code, "dossier_document_unknown")));
        java.util.stream.Stream.concat(
                        request.paperDocuments().stream(),
                        request.reused().stream().map(DocumentReuse::documentCode))
                .filter(code -> !known.contains(code))
                .forEach(code -> violations.add(DossierForm.violation("document." + code, "dossier_document_unknown")));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return terms;
    }

    /**
     * An agency carries out a procedure when it is one of the named implementing agencies, or, when none are named,
     * when it is a People's Committee whose administrative unit is of the procedure's level.
     */
    private boolean implementedBy(ProcedureView procedure, AgencyView agency) {
        if (!procedure.agencyCodes().isEmpty()) {
            return procedure.agencyCodes().contains(agency.code());
        }
        return agency.kind() == AgencyKind.PEOPLES_COMMITTEE
                && agency.administrativeUnitId() != null
                && org.findUnit(agency.administrativeUnitId())
                        .filter(unit -> unit.levelCode().equals(procedure.levelCode()))
                        .isPresent();
    }

    /** The dossier's steps with their agencies found now, so that a linked procedure's path is known at filing. */
    List<DossierStep> plan(ProcedureView procedure, AgencyView receiving) {
        Map<Long, List<DepartmentView>> departments = new HashMap<>();
        return procedure.steps().stream()
                .map(step -> {
                    AgencyView agency = agencyOf(step, receiving);
                    Long departmentId = step.departmentCode() == null
                            ? null
                            : departments.computeIfAbsent(agency.id(), org::departmentsOf).stream()
                                    .filter(d -> d.code().equals(step.departmentCode()))
                                    .map(DepartmentView::id)
                                    .findFirst()
                                    .orElse(null);
                    return new DossierStep(
                            step.order(), step.kind(), step.name(), agency.id(), departmentId, step.workingDays());
                })
                .toList();
    }

    private AgencyView agencyOf(StepDefinition step, AgencyView receiving) {
        var found = switch (step.target()) {
            case RECEIVING -> java.util.Optional.of(receiving);
            case SERVING ->
                receiving.administrativeUnitId() == null
                        ? java.util.Optional.<AgencyView>empty()
                        : org.findServingAgency(step.agencyKind(), receiving.administrativeUnitId());
            case FIXED -> org.findAgencyByCode(step.agencyCode()).filter(AgencyView::active);
        };
        return found.orElseThrow(() -> new ConflictException(DossierError.STEP_AGENCY_MISSING, step.name()));
    }

    private List<FieldViolation> applicantViolations(ApplicantDetails applicant) {
        List<FieldViolation> violations = new ArrayList<>();
        if (applicant == null || applicant.kind() == null) {
            violations.add(DossierForm.violation("applicant.kind", "required"));
            return violations;
        }
        if (applicant.name() == null || applicant.name().isBlank()) {
            violations.add(DossierForm.violation("applicant.name", "required"));
        } else if (applicant.name().strip().length() > NAME_MAX) {
            violations.add(DossierForm.violation("applicant.name", "too_long", NAME_MAX));
        }
        String number = applicant.idNumber() == null ? "" : applicant.idNumber().strip();
        boolean valid = applicant.kind() == ApplicantKind.BUSINESS
                ? TaxCode.isValid(number, taxCodeCheckDigit)
                : PersonalIdNumber.check(number, Year.now(CivicTime.ZONE)).isEmpty();
        if (!valid) {
            violations.add(DossierForm.violation(
                    "applicant.idNumber",
                    applicant.kind() == ApplicantKind.BUSINESS ? "dossier_tax_code" : "dossier_personal_id"));
        }
        return violations;
    }

    private static boolean mentions(DataIntegrityViolationException failure, String constraint) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null
                    && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains(constraint)) {
                return true;
            }
        }
        return false;
    }
}
