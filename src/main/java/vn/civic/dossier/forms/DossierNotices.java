package vn.civic.dossier.forms;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.civic.dossier.DossierStatus;
import vn.civic.dossier.DossierView;
import vn.civic.dossier.DossierView.ApologyView;
import vn.civic.dossier.DossierView.HistoryView;
import vn.civic.dossier.DossierView.StepView;
import vn.civic.dossier.DossierView.SupplementView;
import vn.civic.dossier.forms.DossierNotice.Kind;
import vn.civic.org.AgencyView;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.i18n.I18nConfig;
import vn.civic.procedure.ProcedureCatalog;
import vn.civic.procedure.RequiredDocument;

/**
 * Forms 02–05 for a dossier, from what it stores: the last supplement request (02), the refusal (03), the last
 * approved apology (04), the stop (05). A notice exists only once its event happened ({@link #available}); it is
 * headed by the agency whose official acted, dated that day, and signed by that official.
 */
@Component
public class DossierNotices {

    private final OfficialHeaders headers;
    private final OrgDirectory org;
    private final ProcedureCatalog catalog;
    private final MessageSource messages;

    DossierNotices(OfficialHeaders headers, OrgDirectory org, ProcedureCatalog catalog, MessageSource messages) {
        this.headers = headers;
        this.org = org;
        this.catalog = catalog;
        this.messages = messages;
    }

    /** The notices the dossier has, in form order. */
    public List<Kind> available(DossierView dossier) {
        List<Kind> kinds = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            if (of(dossier, kind).isPresent()) {
                kinds.add(kind);
            }
        }
        return kinds;
    }

    /** The notice of that kind, or empty when its event has not happened. */
    public Optional<DossierNotice> of(DossierView dossier, Kind kind) {
        return switch (kind) {
            case SUPPLEMENT_REQUEST ->
                dossier.supplements().isEmpty()
                        ? Optional.empty()
                        : Optional.of(supplement(dossier, dossier.supplements().getLast()));
            case REFUSAL ->
                dossier.status() == DossierStatus.NOT_ACCEPTED ? closing(dossier, kind, "refused") : Optional.empty();
            case STOP ->
                dossier.status() == DossierStatus.STOPPED ? closing(dossier, kind, "stopped") : Optional.empty();
            case APOLOGY ->
                dossier.apologies().stream()
                        .filter(a -> Boolean.TRUE.equals(a.approved()))
                        .reduce((a, b) -> b)
                        .map(a -> apology(dossier, a));
        };
    }

    private DossierNotice supplement(DossierView dossier, SupplementView request) {
        long agencyId = dossier.steps().stream()
                .filter(s -> s.order() == request.stepOrder())
                .map(StepView::agencyId)
                .findFirst()
                .orElse(dossier.receivingAgencyId());
        List<String> names = new ArrayList<>();
        List<RequiredDocument> documents = catalog.findVersion(dossier.procedureVersionId())
                .map(p -> p.documents())
                .orElse(List.of());
        for (String code : request.documents()) {
            names.add(documents.stream()
                    .filter(d -> d.code().equals(code))
                    .map(RequiredDocument::name)
                    .findFirst()
                    .orElse(code));
        }
        return notice(
                dossier,
                Kind.SUPPLEMENT_REQUEST,
                agencyId,
                request.requestedAt(),
                request.reason(),
                names,
                null,
                null,
                request.requestedBy());
    }

    private Optional<DossierNotice> closing(DossierView dossier, Kind kind, String action) {
        HistoryView entry = dossier.history().stream()
                .filter(h -> action.equals(h.action()))
                .reduce((a, b) -> b)
                .orElse(null);
        if (entry == null) {
            return Optional.empty();
        }
        long agencyId = agencyNamed(dossier, entry.agencyName());
        return Optional.of(notice(
                dossier,
                kind,
                agencyId,
                entry.at(),
                dossier.closingReason(),
                List.of(),
                null,
                null,
                entry.actorName()));
    }

    private DossierNotice apology(DossierView dossier, ApologyView apology) {
        HistoryView decided = dossier.history().stream()
                .filter(h -> "apology_approved".equals(h.action()) && h.at().equals(apology.decidedAt()))
                .findFirst()
                .orElse(null);
        long agencyId = decided == null ? dossier.receivingAgencyId() : agencyNamed(dossier, decided.agencyName());
        return notice(
                dossier,
                Kind.APOLOGY,
                agencyId,
                apology.decidedAt(),
                apology.reason(),
                List.of(),
                apology.previousDueAt(),
                apology.proposedDueAt(),
                apology.decidedBy());
    }

    private DossierNotice notice(
            DossierView dossier,
            Kind kind,
            long agencyId,
            Instant at,
            String reason,
            List<String> documents,
            Instant previousDueAt,
            Instant newDueAt,
            String signer) {
        // Decree 30/2020: a notice (thông báo) is numbered "…/TB-<issuer>", a letter (công văn) "…/<issuer>"; the
        // number itself comes from the agency's register when it is issued, so the line leaves it blank
        String numberSymbol = null;
        if (kind == Kind.APOLOGY || kind == Kind.STOP) {
            String abbreviation = org.findAgency(agencyId)
                    .map(AgencyView::abbreviation)
                    .filter(a -> a != null && !a.isBlank())
                    .orElse("UBND");
            numberSymbol = messages.getMessage(
                    "dossierforms.notice.number-symbol",
                    new Object[] {kind == Kind.STOP ? "TB-" + abbreviation : abbreviation},
                    I18nConfig.VIETNAMESE);
        }
        return new DossierNotice(
                kind,
                headers.of(agencyId, at),
                numberSymbol,
                dossier.code(),
                dossier.applicantName(),
                dossier.applicantIdNumber(),
                dossier.procedureName(),
                dossier.acceptedAt() != null ? dossier.acceptedAt() : dossier.submittedAt(),
                at,
                reason,
                documents,
                previousDueAt,
                newDueAt,
                signer);
    }

    /** The agency of the dossier's steps with that name (the acting official's agency); else the receiving one. */
    private static long agencyNamed(DossierView dossier, String name) {
        return dossier.steps().stream()
                .filter(s -> s.agencyName().equals(name))
                .map(StepView::agencyId)
                .findFirst()
                .orElse(dossier.receivingAgencyId());
    }
}
