package vn.civic.dossier.web.staff;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.civic.dossier.DossierStatus;
import vn.civic.dossier.DossierView;
import vn.civic.dossier.DossierView.StepView;
import vn.civic.platform.security.CurrentActor;
import vn.civic.platform.security.Privilege;
import vn.civic.procedure.StepDefinition.StepKind;

/**
 * The actions a dossier page offers the signed-in official: those the dossier's status and current step allow, at a
 * step of the official's agency, with the privilege they need (docs/decisions/draft-dossier-lifecycle.md). Only what
 * is offered; the services check every action again.
 */
enum OfferedActions {
    ACCEPT,
    REFUSE,
    REQUEST_SUPPLEMENT,
    ASSIGN,
    FORWARD,
    SEND_BACK,
    APPROVE,
    REJECT,
    RETURN_RESULT,
    STOP,
    PROPOSE_APOLOGY,
    DECIDE_APOLOGY;

    /** The form's name in templates and addresses: {@code request-supplement}. */
    public String path() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    static Set<OfferedActions> of(DossierView dossier, Long agencyId) {
        Set<OfferedActions> offered = EnumSet.noneOf(OfferedActions.class);
        StepView step = dossier.currentStep();
        if (step == null || agencyId == null || step.agencyId() != agencyId) {
            return offered;
        }
        DossierStatus status = dossier.status();
        StepKind kind = step.kind();
        boolean receive = CurrentActor.has(Privilege.DOSSIER_RECEIVE);
        boolean process = CurrentActor.has(Privilege.DOSSIER_PROCESS);
        boolean approve = CurrentActor.has(Privilege.DOSSIER_APPROVE);
        boolean stepPrivilege = switch (kind) {
            case RECEIVE, RETURN -> receive;
            case PROCESS -> process;
            case APPROVE -> approve;
        };
        boolean processing = status == DossierStatus.PROCESSING;
        if (status == DossierStatus.NEW && kind == StepKind.RECEIVE && receive) {
            offered.addAll(List.of(ACCEPT, REFUSE));
        }
        if ((status == DossierStatus.NEW && kind == StepKind.RECEIVE || processing && kind == StepKind.PROCESS)
                && stepPrivilege) {
            offered.add(REQUEST_SUPPLEMENT);
        }
        if (EnumSet.of(DossierStatus.NEW, DossierStatus.PROCESSING, DossierStatus.FINISHED)
                        .contains(status)
                && CurrentActor.has(Privilege.DOSSIER_ASSIGN)) {
            offered.add(ASSIGN);
        }
        if (processing && kind == StepKind.PROCESS && process) {
            offered.add(FORWARD);
        }
        if (processing && kind == StepKind.APPROVE && approve) {
            offered.addAll(List.of(APPROVE, REJECT));
        }
        if (processing && stepPrivilege && !earlierSteps(dossier).isEmpty()) {
            offered.add(SEND_BACK);
        }
        if (status == DossierStatus.FINISHED && kind == StepKind.RETURN && receive) {
            offered.add(RETURN_RESULT);
        }
        boolean open = processing || status == DossierStatus.SUPPLEMENT_REQUESTED;
        if (open && approve) {
            offered.add(STOP);
        }
        if (open && process && dossier.pendingApology() == null) {
            offered.add(PROPOSE_APOLOGY);
        }
        if (dossier.pendingApology() != null && approve) {
            offered.add(DECIDE_APOLOGY);
        }
        return offered;
    }

    /** The processing and approval steps before the current one: where a dossier may be sent back. */
    static List<StepView> earlierSteps(DossierView dossier) {
        StepView current = dossier.currentStep();
        if (current == null || current.kind() == StepKind.RECEIVE || current.kind() == StepKind.RETURN) {
            return List.of();
        }
        return dossier.steps().stream()
                .filter(s -> s.order() < current.order())
                .filter(s -> s.kind() == StepKind.PROCESS || s.kind() == StepKind.APPROVE)
                .toList();
    }
}
