package vn.civic.dossier;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.civic.dossier.DossierView.ApologyView;
import vn.civic.dossier.DossierView.AttachmentView;
import vn.civic.dossier.DossierView.HistoryView;
import vn.civic.dossier.DossierView.StepView;
import vn.civic.dossier.DossierView.SupplementView;
import vn.civic.dossier.domain.Attachment;
import vn.civic.dossier.domain.Dossier;
import vn.civic.dossier.domain.DossierStep;
import vn.civic.org.AgencyView;
import vn.civic.org.OrgDirectory;
import vn.civic.procedure.FormData;

/** Turns dossiers into views, and form data into the JSON a dossier stores. */
@Component
class DossierViews {

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

    private final JsonMapper json;
    private final OrgDirectory org;

    DossierViews(JsonMapper json, OrgDirectory org) {
        this.json = json;
        this.org = org;
    }

    String toJson(FormData data) {
        return json.writeValueAsString(data.values());
    }

    FormData fromJson(String text) {
        return new FormData(json.readValue(text, MAP));
    }

    DossierView view(Dossier d) {
        Map<Long, String> agencyNames = new HashMap<>();
        java.util.function.LongFunction<String> name = id -> agencyNames.computeIfAbsent(
                id, key -> org.findAgency(key).map(AgencyView::name).orElse(null));
        var steps =
                d.steps().stream().map(s -> step(s, name.apply(s.agencyId()))).toList();
        StepView current = d.currentStep()
                .flatMap(c -> steps.stream().filter(s -> s.order() == c.order()).findFirst())
                .orElse(null);
        return new DossierView(
                d.id(),
                d.version(),
                d.code(),
                d.procedureId(),
                d.procedureVersionId(),
                d.procedureCode(),
                d.procedureName(),
                d.applicantAccountId(),
                d.applicantKind(),
                d.applicantName(),
                d.applicantIdNumber(),
                d.applicantPhone(),
                d.applicantEmail(),
                d.channel(),
                d.receivingAgencyId(),
                name.apply(d.receivingAgencyId()),
                d.status(),
                fromJson(d.formData()),
                d.submittedAt(),
                d.acceptedAt(),
                d.dueAt(),
                d.stoppedTime(),
                d.finishedAt(),
                d.returnedAt(),
                d.closedAt(),
                d.closingReason(),
                d.timeliness().orElse(null),
                current,
                steps,
                d.attachments().stream().map(DossierViews::attachment).toList(),
                d.supplements().stream()
                        .map(s -> new SupplementView(
                                s.round(),
                                s.stepOrder(),
                                s.reason(),
                                s.documents(),
                                s.requestedAt(),
                                s.requestedBy(),
                                s.suppliedAt()))
                        .toList(),
                d.history().stream()
                        .map(h -> new HistoryView(
                                h.actorName(),
                                h.at(),
                                h.agencyName(),
                                h.stepName(),
                                h.action(),
                                h.note(),
                                DossierStatus.ofCode(h.status()),
                                h.stepStartedAt(),
                                h.stepDueAt()))
                        .toList(),
                d.apologies().stream()
                        .map(a -> new ApologyView(
                                a.id(),
                                a.reason(),
                                a.previousDueAt(),
                                a.proposedDueAt(),
                                a.proposedAt(),
                                a.proposedBy(),
                                a.decidedAt(),
                                a.decidedBy(),
                                a.approved()))
                        .toList(),
                d.rating(),
                d.ratingComment());
    }

    static DossierSummary summary(Dossier d) {
        var step = d.currentStep();
        return new DossierSummary(
                d.id(),
                d.code(),
                d.procedureCode(),
                d.procedureName(),
                d.applicantName(),
                d.applicantIdNumber(),
                d.channel(),
                d.status(),
                d.submittedAt(),
                d.dueAt(),
                step.map(DossierStep::name).orElse(null),
                step.map(DossierStep::assigneeAccountId).orElse(null));
    }

    private static StepView step(DossierStep s, String agencyName) {
        return new StepView(
                s.order(),
                s.kind(),
                s.name(),
                s.agencyId(),
                agencyName,
                s.departmentId(),
                s.assigneeAccountId(),
                s.startedAt(),
                s.dueAt(),
                s.finishedAt());
    }

    private static AttachmentView attachment(Attachment a) {
        return new AttachmentView(
                a.id(),
                a.documentCode(),
                a.round(),
                a.purpose() == Attachment.Purpose.RESULT,
                a.paper(),
                a.fileName(),
                a.contentType(),
                a.size(),
                a.sha256(),
                a.addedAt(),
                a.electronic());
    }
}
