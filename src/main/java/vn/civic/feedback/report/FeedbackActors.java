package vn.civic.feedback.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.civic.feedback.routing.RoutingDesk;
import vn.civic.platform.error.NotFoundException;
import vn.civic.platform.security.Actor;
import vn.civic.platform.security.CurrentActor;
import vn.civic.platform.security.Privilege;

/**
 * Who acts on feedback and what they reach: a citizen (an account holding {@code FEEDBACK_SUBMIT}) their own reports;
 * staff the reports of their agency; the routing desk's staff every report. Out of reach is "not found".
 */
@Component
class FeedbackActors {

    private final Reports reports;
    private final RoutingDesk desk;

    FeedbackActors(Reports reports, RoutingDesk desk) {
        this.reports = reports;
        this.desk = desk;
    }

    Optional<Actor> actor() {
        return CurrentActor.get();
    }

    /** The signed-in citizen's or business's account, when the actor is one. */
    Optional<Long> citizenAccountId() {
        if (!CurrentActor.has(Privilege.FEEDBACK_SUBMIT)) {
            return Optional.empty();
        }
        return actor().flatMap(a -> Actor.accountId(a.actorId()));
    }

    long requireCitizen() {
        return citizenAccountId().orElseThrow(() -> new AccessDeniedException("Not a signed-in citizen"));
    }

    static void require(Privilege privilege) {
        if (!CurrentActor.has(privilege)) {
            throw new AccessDeniedException("Missing " + privilege);
        }
    }

    /** The staff member's agency; refused for an actor without one. */
    long agencyId() {
        return actor().map(Actor::agencyId).orElseThrow(() -> new AccessDeniedException("No agency"));
    }

    /** The signed-in staff member's account (a machine client has none). */
    long staffAccountId() {
        return actor().flatMap(a -> Actor.accountId(a.actorId()))
                .orElseThrow(() -> new AccessDeniedException("Not a staff account"));
    }

    boolean isDeskStaff() {
        return desk.isDeskStaff();
    }

    /**
     * A report the agency's handler may act on now: with {@code FEEDBACK_HANDLE} and the report at the actor's agency;
     * anything else is not found. Locks the report's row.
     */
    Report lockForHandler(String code) {
        require(Privilege.FEEDBACK_HANDLE);
        long agency = agencyId();
        Report report = reports.lock(code).orElseThrow(() -> notFound(code));
        if (report.agencyId != agency) {
            throw notFound(code);
        }
        return report;
    }

    void requireDesk() {
        desk.requireDeskStaff();
    }

    /** A report for the routing desk's work (route, merge, moderate); refuses anyone but its staff. Locks the row. */
    Report lockForDesk(String code) {
        desk.requireDeskStaff();
        return reports.lock(code).orElseThrow(() -> notFound(code));
    }

    /** A report of the signed-in citizen (they filed it); locks the row. */
    Report lockForReporter(String code) {
        long account = requireCitizen();
        Report report = reports.lock(code).orElseThrow(() -> notFound(code));
        if (report.reporterAccountId == null || report.reporterAccountId != account) {
            throw notFound(code);
        }
        return report;
    }

    /**
     * A report of the holder of its submission token (an anonymous reporter's private link, an Open311 client's
     * token); locks the row. A wrong token is "not found", as an unknown code is.
     */
    Report lockForTokenHolder(String code, String token) {
        Report report = reports.lock(code).orElseThrow(() -> notFound(code));
        if (!holdsToken(report, token)) {
            throw notFound(code);
        }
        return report;
    }

    /** The token compared in constant time. */
    static boolean holdsToken(Report report, String token) {
        return token != null
                && report.token != null
                && MessageDigest.isEqual(
                        report.token.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }

    static NotFoundException notFound(String code) {
        return NotFoundException.of("FeedbackReport", code);
    }
}
