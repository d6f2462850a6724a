package vn.civic.dossier.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.civic.dossier.DossierView;
import vn.civic.dossier.DossierView.HistoryView;
import vn.civic.dossier.DossierView.StepView;

/**
 * Form 06 for a dossier, from its progress entries: every entry that ended a step (accepted, forwarded, approved,
 * rejected, sent back) is a hand-over from the actor's unit to the agency of the step that started next and the
 * official it was then assigned to; the return of the result hands it to the applicant. The statutory end is the due
 * date of the step handed over.
 */
@Component
public class ProcessControlSlips {

    private static final Set<String> HANDING_OVER =
            Set.of("accepted", "forwarded", "approved", "rejected", "sent_back");
    private static final Set<String> STEP_START = Set.of("step_started", "finished");

    private final OfficialHeaders headers;

    ProcessControlSlips(OfficialHeaders headers) {
        this.headers = headers;
    }

    public ProcessControlSlip of(DossierView dossier) {
        var receivedAt = dossier.acceptedAt() != null ? dossier.acceptedAt() : dossier.submittedAt();
        List<HistoryView> history = dossier.history();
        List<ProcessControlSlip.Handover> handovers = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            HistoryView entry = history.get(i);
            if (HANDING_OVER.contains(entry.action())) {
                String toUnit = null;
                String toPerson = null;
                for (int j = i + 1;
                        j < history.size()
                                && !HANDING_OVER.contains(history.get(j).action());
                        j++) {
                    HistoryView next = history.get(j);
                    if (STEP_START.contains(next.action()) && toUnit == null) {
                        toUnit = agencyOfStep(dossier, next.stepName());
                    } else if ("assigned".equals(next.action()) && toPerson == null) {
                        toPerson = next.note();
                    }
                }
                handovers.add(new ProcessControlSlip.Handover(
                        entry.agencyName(),
                        entry.actorName(),
                        toUnit,
                        toPerson,
                        entry.at(),
                        entry.stepDueAt(),
                        entry.note()));
            } else if ("returned".equals(entry.action())) {
                handovers.add(new ProcessControlSlip.Handover(
                        entry.agencyName(),
                        entry.actorName(),
                        dossier.applicantName(),
                        null,
                        entry.at(),
                        entry.stepDueAt(),
                        entry.note()));
            }
        }
        List<String> coordinating = dossier.steps().stream()
                .filter(s -> s.agencyId() != dossier.receivingAgencyId())
                .map(StepView::agencyName)
                .distinct()
                .toList();
        return new ProcessControlSlip(
                headers.of(dossier.receivingAgencyId(), receivedAt),
                dossier.code(),
                dossier.procedureName(),
                dossier.applicantName(),
                receivedAt,
                dossier.dueAt(),
                coordinating,
                handovers);
    }

    private static String agencyOfStep(DossierView dossier, String stepName) {
        return dossier.steps().stream()
                .filter(s -> s.name().equals(stepName))
                .map(StepView::agencyName)
                .findFirst()
                .orElse(null);
    }
}
