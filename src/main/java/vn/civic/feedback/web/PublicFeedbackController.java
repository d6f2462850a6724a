package vn.civic.feedback.web;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;
import vn.civic.feedback.FeedbackCategories;
import vn.civic.feedback.FeedbackPaths;
import vn.civic.feedback.FeedbackProperties;
import vn.civic.feedback.FeedbackReports;
import vn.civic.feedback.PublicReport;
import vn.civic.feedback.PublicReportFilter;
import vn.civic.feedback.ReportStatus;
import vn.civic.feedback.StoredPhoto;
import vn.civic.platform.error.NotFoundException;

/**
 * The public side of feedback, for anyone: what the channel is, recent answers, the map of reports (a list without
 * JavaScript or tiles), look-up by code, each report's public page and its published photos and evidence. Nothing
 * here shows contact data or who reported: the facade's {@link PublicReport} carries none.
 */
@Controller
@PreAuthorize("permitAll()")
class PublicFeedbackController {

    /** Reports drawn on the public map (and listed beside it). */
    static final int MAP_LIMIT = 200;

    static final int RECENT_ANSWERS = 6;

    static final Pattern CODE = Pattern.compile("PA-\\d{4}-\\d{6}");

    private static final Set<ReportStatus> ANSWERED = EnumSet.of(ReportStatus.ANSWERED, ReportStatus.CLOSED);

    private final FeedbackReports reports;
    private final FeedbackCategories categories;
    private final FeedbackMapProperties map;
    private final FeedbackProperties properties;
    private final ReportPageModel reportPage;

    PublicFeedbackController(
            FeedbackReports reports,
            FeedbackCategories categories,
            FeedbackMapProperties map,
            FeedbackProperties properties,
            ReportPageModel reportPage) {
        this.reports = reports;
        this.categories = categories;
        this.map = map;
        this.properties = properties;
        this.reportPage = reportPage;
    }

    /** Which reports the map shows: those waiting for an answer, the answered ones, or both. */
    enum Shown {
        ALL,
        OPEN,
        ANSWERED;

        Set<ReportStatus> statuses() {
            return switch (this) {
                case ALL ->
                    EnumSet.of(
                            ReportStatus.SUBMITTED,
                            ReportStatus.ROUTED,
                            ReportStatus.IN_PROGRESS,
                            ReportStatus.REOPENED,
                            ReportStatus.ANSWERED,
                            ReportStatus.CLOSED);
                case OPEN -> ReportStatus.OPEN;
                case ANSWERED -> PublicFeedbackController.ANSWERED;
            };
        }

        static Shown of(String value) {
            for (Shown shown : values()) {
                if (shown.name().equalsIgnoreCase(value)) {
                    return shown;
                }
            }
            return ALL;
        }
    }

    @GetMapping(FeedbackPaths.ROOT)
    String index(
            @RequestParam(required = false) String category, @RequestParam(required = false) String show, Model model) {
        String chosen = category != null && categories.find(category).isPresent() ? category : null;
        Shown shown = Shown.of(show);
        PublicReportFilter mapped = PublicReportFilter.all()
                .withStatuses(shown.statuses())
                .withCategoryCodes(chosen == null ? List.of() : List.of(chosen))
                .withPage(MAP_LIMIT, 0);
        model.addAttribute("categories", categories.active());
        model.addAttribute("category", chosen);
        model.addAttribute("show", shown.name().toLowerCase(java.util.Locale.ROOT));
        model.addAttribute("mapReports", reports.listPublic(mapped));
        model.addAttribute(
                "recentAnswers",
                reports.listPublic(
                                PublicReportFilter.all().withStatuses(ANSWERED).withPage(RECENT_ANSWERS, 0))
                        .reports());
        model.addAttribute("map", map);
        model.addAttribute("settings", properties);
        return "feedback/public/index";
    }

    /** Finds a report by the code a citizen typed (spaces and case forgiven). */
    @GetMapping(FeedbackPaths.ROOT + "/lookup")
    String lookup(@RequestParam(required = false) String code, Model model) {
        String wanted = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (CODE.matcher(wanted).matches() && reports.publicReport(wanted).isPresent()) {
            return "redirect:" + path(wanted);
        }
        model.addAttribute("lookupCode", code);
        model.addAttribute("lookupFailed", true);
        return index(null, null, model);
    }

    /** The short address a citizen may be given ({@code /feedback/PA-2026-000123}) leads to the report's page. */
    @GetMapping(FeedbackPaths.ROOT + "/{code:PA-\\d{4}-\\d{6}}")
    String shortAddress(@PathVariable String code) {
        return "redirect:" + path(code);
    }

    @GetMapping(FeedbackPaths.ROOT + "/reports/{code}")
    String report(@PathVariable String code, Model model) {
        return reportPage.show(code, model);
    }

    /**
     * A published file: a visible photo of the report or an evidence file of its answer, location metadata stripped
     * by the facade before it was stored. Photos show inline; a PDF is downloaded.
     */
    @GetMapping(FeedbackPaths.ROOT + "/reports/{code}/files/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable String code, @PathVariable long fileId) {
        StoredPhoto file =
                reports.publicPhoto(code, fileId).orElseThrow(() -> NotFoundException.of("FeedbackFile", fileId));
        MediaType type = MediaType.parseMediaType(file.contentType());
        boolean image = "image".equals(type.getType());
        String name = file.fileName() == null || file.fileName().isBlank()
                ? code + "-" + fileId + (image ? "" : ".pdf")
                : file.fileName();
        ContentDisposition disposition = (image ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(name, StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(type)
                .contentLength(file.content().length)
                // a moderator may hide a photo: keep it out of shared caches and let browsers check again
                .cacheControl(CacheControl.noCache().cachePrivate())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(file.content());
    }

    static String path(String code) {
        return FeedbackPaths.ROOT + "/reports/" + UriUtils.encodePathSegment(code, StandardCharsets.UTF_8);
    }

    /** The private link of the report's reporter: whoever holds the token may rate the answer and reopen. */
    static String reporterPath(String code, String token) {
        return path(code) + "/reporter?token=" + UriUtils.encodeQueryParam(token, StandardCharsets.UTF_8);
    }
}
