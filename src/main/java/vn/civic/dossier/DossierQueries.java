package vn.civic.dossier;

import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.civic.dossier.InboxItem.Urgency;
import vn.civic.dossier.domain.Attachment;
import vn.civic.dossier.domain.Dossier;
import vn.civic.dossier.domain.Dossiers;
import vn.civic.platform.calendar.WorkingCalendar;
import vn.civic.platform.error.NotFoundException;
import vn.civic.platform.security.CurrentActor;
import vn.civic.platform.storage.FileStorage;
import vn.civic.platform.text.SearchText;
import vn.civic.procedure.StepDefinition.StepKind;

/**
 * What applicants and officials read of dossiers. An applicant reads only their own dossiers; an official only those
 * that are or were at a step of their agency. Anything else is not found.
 */
@Service
@Transactional(readOnly = true)
public class DossierQueries {

    /** The statuses in which a dossier waits for an official. */
    static final Set<DossierStatus> WAITING =
            EnumSet.of(DossierStatus.NEW, DossierStatus.ACCEPTED, DossierStatus.PROCESSING, DossierStatus.FINISHED);

    private static final int MAX_PAGE_SIZE = 100;

    private final Dossiers dossiers;
    private final DossierActors actors;
    private final DossierViews views;
    private final FileStorage storage;
    private final WorkingCalendar calendar;
    private final DossierProperties properties;
    private final Clock clock;

    DossierQueries(
            Dossiers dossiers,
            DossierActors actors,
            DossierViews views,
            FileStorage storage,
            WorkingCalendar calendar,
            DossierProperties properties,
            Clock clock) {
        this.dossiers = dossiers;
        this.actors = actors;
        this.views = views;
        this.storage = storage;
        this.calendar = calendar;
        this.properties = properties;
        this.clock = clock;
    }

    /** The signed-in applicant's dossiers, newest first. */
    public Page<DossierSummary> myDossiers(int page, int size) {
        long accountId = actors.applicantAccountId();
        return dossiers.findByApplicantAccountIdOrderBySubmittedAtDescIdDesc(accountId, pageRequest(page, size))
                .map(DossierViews::summary);
    }

    /** One of the signed-in applicant's dossiers. */
    public DossierView myDossier(long id) {
        return views.view(actors.ownDossier(id));
    }

    /** One of the signed-in applicant's dossiers by its code. */
    public DossierView myDossierByCode(String code) {
        long id = dossiers.findByCode(code).map(Dossier::id).orElseThrow(() -> NotFoundException.of("Dossier", code));
        return views.view(actors.ownDossier(id));
    }

    /** A dossier that is or was at a step of the official's agency. */
    public DossierView staffDossier(long id) {
        return views.view(actors.visibleDossier(id));
    }

    /**
     * The official's inbox: dossiers whose current step is at their agency and of a kind their privileges work, or
     * assigned to them, nearest due date first, with the working time left.
     */
    public Page<InboxItem> inbox(InboxFilter filter) {
        long agencyId = actors.staffAgencyId();
        long accountId = DossierActors.accountId(actors.actor());
        Set<StepKind> kinds = DossierActors.STEP_PRIVILEGE.entrySet().stream()
                .filter(e -> CurrentActor.has(e.getValue()))
                .map(java.util.Map.Entry::getKey)
                .collect(Collectors.toSet());
        if (kinds.isEmpty()) {
            kinds = Set.of(StepKind.RECEIVE); // matches nothing without an assignment: the query needs a value
            if (accountId < 0) {
                return Page.empty(pageRequest(filter.page(), filter.size()));
            }
        }
        Set<DossierStatus> statuses =
                filter.statuses() == null || filter.statuses().isEmpty() ? WAITING : filter.statuses();
        String text = filter.text() == null || filter.text().isBlank()
                ? null
                : filter.text().strip();
        String folded = text == null
                ? null
                : "%" + SearchText.fold(text).replace("%", "").replace("_", "") + "%";
        String procedure =
                filter.procedureCode() == null || filter.procedureCode().isBlank() ? null : filter.procedureCode();
        Instant now = clock.instant();
        Duration dueSoon = calendar.workingDayLength().multipliedBy(properties.dueSoonWorkingDays());
        return dossiers.inbox(
                        agencyId,
                        statuses,
                        kinds,
                        accountId,
                        procedure,
                        text,
                        folded,
                        pageRequest(filter.page(), filter.size()))
                .map(d -> {
                    Duration remaining = calendar.workingTimeBetween(now, d.dueAt());
                    Urgency urgency = d.dueAt().isBefore(now)
                            ? Urgency.OVERDUE
                            : remaining.compareTo(dueSoon) <= 0 ? Urgency.DUE_SOON : Urgency.NORMAL;
                    return new InboxItem(DossierViews.summary(d), remaining, urgency);
                });
    }

    /**
     * The content of a dossier's file, for its applicant or an official of an agency it passed; the caller closes the
     * stream.
     */
    public AttachmentContent open(long dossierId, long attachmentId) {
        Dossier dossier = CurrentActor.get().map(a -> a.agencyId() != null).orElse(false)
                ? actors.visibleDossier(dossierId)
                : actors.ownDossier(dossierId);
        Attachment attachment = dossier.attachments().stream()
                .filter(a -> a.id() == attachmentId && a.storageKey() != null)
                .findFirst()
                .orElseThrow(() -> NotFoundException.of("Attachment", attachmentId));
        InputStream content = storage.open(attachment.storageKey());
        return new AttachmentContent(attachment.fileName(), attachment.contentType(), attachment.size(), content);
    }

    /** A stored file being read. */
    public record AttachmentContent(String fileName, String contentType, long size, InputStream content) {}

    private static PageRequest pageRequest(int page, int size) {
        return PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, MAX_PAGE_SIZE));
    }
}
