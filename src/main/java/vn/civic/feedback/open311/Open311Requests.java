package vn.civic.feedback.open311;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;
import vn.civic.feedback.FeedbackAttribute;
import vn.civic.feedback.FeedbackCategories;
import vn.civic.feedback.FeedbackCategory;
import vn.civic.feedback.FeedbackPaths;
import vn.civic.feedback.FeedbackReports;
import vn.civic.feedback.PhotoUpload;
import vn.civic.feedback.PublicReport;
import vn.civic.feedback.PublicReportFilter;
import vn.civic.feedback.PublicReportPage;
import vn.civic.feedback.ReportChannel;
import vn.civic.feedback.ReportCommand;
import vn.civic.feedback.ReportStatus;
import vn.civic.feedback.ReportUpdate;
import vn.civic.feedback.ReporterContact;
import vn.civic.feedback.SubmittedReport;
import vn.civic.feedback.open311.Open311Document.Fields;
import vn.civic.feedback.open311.Open311Document.Items;
import vn.civic.identity.IdentityProperties;
import vn.civic.org.OrgDirectory;

/**
 * What each Open311 call answers, read from and written to the feedback module's root API only: services are the
 * active feedback categories ({@code service_code} = category code), requests are public reports ({@code
 * service_request_id} = report code, {@code PA-2026-000123}), updates are the reports' public changes. Nothing private
 * leaves: no contact data, no reporter identity, no hidden text.
 */
@Service
public class Open311Requests {

    /** The specification's token for this API in the discovery. */
    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";
    /** The path of the endpoint under the public address. */
    public static final String BASE_PATH = "/open311/v2";
    /** The specification: "free form text limited to 4,000 characters". */
    static final int DESCRIPTION_MAX = 4000;

    static final int EMAIL_MAX = 254;
    static final int NAME_MAX = 200;
    static final int PHONE_MAX = 30;
    static final int ADDRESS_MAX = 500;
    static final int DEVICE_ID_MAX = 200;
    static final int ACCOUNT_ID_MAX = 200;

    private final FeedbackCategories categories;
    private final FeedbackReports reports;
    private final OrgDirectory org;
    private final Open311Properties properties;
    private final IdentityProperties identity;
    private final MessageSource messages;
    private final Clock clock;

    Open311Requests(
            FeedbackCategories categories,
            FeedbackReports reports,
            OrgDirectory org,
            Open311Properties properties,
            IdentityProperties identity,
            MessageSource messages,
            Clock clock) {
        this.categories = categories;
        this.reports = reports;
        this.org = org;
        this.properties = properties;
        this.identity = identity;
        this.messages = messages;
        this.clock = clock;
    }

    // ------------------------------------------------------------------------------------------------ discovery

    /** The service discovery: this one GeoReport v2 endpoint, in both formats. */
    public Open311Document discovery(Locale locale) {
        String changeset = W3cDateTime.format(properties.changeset());
        String site = publicUrl();
        Fields endpoint = Fields.builder()
                .add("specification", SPECIFICATION)
                .add("url", site + BASE_PATH)
                .add("changeset", changeset)
                .add("type", properties.endpointType())
                .add(
                        "formats",
                        new Items("format", List.of(Open311Format.XML.mimeType(), Open311Format.JSON.mimeType())))
                .build();
        return new Open311Document(
                "discovery",
                Fields.builder()
                        .add("changeset", changeset)
                        .add(
                                "contact",
                                properties.contact().isEmpty()
                                        ? message("open311.discovery.contact", locale, site)
                                        : properties.contact())
                        .add(
                                "key_service",
                                properties.keyService().isEmpty()
                                        ? message("open311.discovery.key-service", locale, site)
                                        : properties.keyService())
                        .add("endpoints", new Items("endpoint", List.of(endpoint)))
                        .build());
    }

    // ------------------------------------------------------------------------------------------------ services

    /** GET Service List: the active categories. */
    public Open311Document services(Open311Parameters params, Locale locale) {
        params.checkJurisdiction(properties);
        List<Fields> services = categories.active().stream()
                .map(c -> Fields.builder()
                        .add("service_code", c.code())
                        .add("service_name", c.name(locale))
                        .add("description", c.description(locale))
                        .add("metadata", c.hasAttributes())
                        .add("type", "realtime")
                        .add("keywords", c.keywords().isEmpty() ? null : String.join(", ", c.keywords()))
                        .add("group", message("open311.group." + c.group().name(), locale))
                        .build())
                .toList();
        return Open311Document.list("services", "service", services);
    }

    /** GET Service Definition: the category's attributes, in their order. */
    public Open311Document definition(String serviceCode, Open311Parameters params, Locale locale) {
        params.checkJurisdiction(properties);
        FeedbackCategory category = activeCategory(serviceCode);
        List<Fields> attributes =
                category.attributes().stream().map(a -> attribute(a, locale)).toList();
        return new Open311Document(
                "service_definition",
                Fields.builder()
                        .add("service_code", category.code())
                        .add("attributes", new Items("attribute", attributes))
                        .build());
    }

    private Fields attribute(FeedbackAttribute a, Locale locale) {
        Open311Document.Builder fields = Fields.builder()
                .add("variable", true)
                .add("code", a.code())
                .add("datatype", a.datatype().open311())
                .add("required", a.required())
                .add(
                        "datatype_description",
                        message("open311.datatype." + a.datatype().open311(), locale))
                .add("order", a.order())
                .add("description", a.description(locale));
        if (a.datatype().isList()) {
            fields.add(
                    "values",
                    new Items(
                            "value",
                            a.values().stream()
                                    .map(v -> Fields.builder()
                                            .add("key", v.key())
                                            .add(
                                                    "name",
                                                    "en".equals(locale.getLanguage()) && v.nameEn() != null
                                                            ? v.nameEn()
                                                            : v.nameVi())
                                            .build())
                                    .toList()));
        }
        return fields.build();
    }

    private FeedbackCategory activeCategory(String serviceCode) {
        return categories
                .find(serviceCode)
                .filter(FeedbackCategory::active)
                .orElseThrow(() -> new Open311Exception(Open311Error.SERVICE_NOT_FOUND, serviceCode));
    }

    // ------------------------------------------------------------------------------------------------ create

    /**
     * POST Service Request, for the machine client of the current request (its API key was checked with its
     * privilege). Only the attributes the service defines are passed on: clients such as FixMyStreet send attributes
     * of their own ({@code fixmystreet_id}, {@code title}), which the specification does not forbid.
     */
    public Open311Document create(Open311Parameters params, List<MultipartFile> media, Locale locale) {
        params.checkJurisdiction(properties);
        String serviceCode = params.optional("service_code")
                .orElseThrow(() -> new Open311Exception(Open311Error.SERVICE_CODE_MISSING));
        FeedbackCategory category = activeCategory(serviceCode);

        Optional<Double> latitude = params.decimal("lat");
        Optional<Double> longitude = params.decimal("long");
        if (latitude.isPresent() != longitude.isPresent()
                || latitude.filter(v -> v < -90 || v > 90).isPresent()
                || longitude.filter(v -> v < -180 || v > 180).isPresent()) {
            throw new Open311Exception(Open311Error.LAT_LONG_INVALID);
        }
        Optional<String> address = params.optional("address_string", ADDRESS_MAX);
        Long adminUnitId = params.optional("address_id").map(this::adminUnit).orElse(null);
        if (category.locationRequired() && latitude.isEmpty() && address.isEmpty() && adminUnitId == null) {
            throw new Open311Exception(Open311Error.LOCATION_MISSING);
        }
        Optional<String> description = params.optional("description");
        if (description.isPresent() && description.get().length() > DESCRIPTION_MAX) {
            throw new Open311Exception(Open311Error.DESCRIPTION_TOO_LONG, DESCRIPTION_MAX);
        }
        String name = String.join(
                        " ",
                        params.optional("first_name", NAME_MAX).orElse(""),
                        params.optional("last_name", NAME_MAX).orElse(""))
                .strip();
        ReporterContact contact = new ReporterContact(
                name.isEmpty() ? null : name,
                params.optional("email", EMAIL_MAX).orElse(null),
                params.optional("phone", PHONE_MAX).orElse(null),
                params.optional("device_id", DEVICE_ID_MAX).orElse(null));
        Optional<String> accountId = params.optional("account_id", ACCOUNT_ID_MAX);

        Map<String, List<String>> attributes = new LinkedHashMap<>(params.attributes());
        Set<String> defined = new java.util.HashSet<>();
        category.attributes().forEach(a -> defined.add(a.code()));
        attributes.keySet().retainAll(defined);

        SubmittedReport submitted = reports.submit(new ReportCommand(
                category.code(),
                description.orElse(null),
                latitude.orElse(null),
                longitude.orElse(null),
                address.orElse(null),
                adminUnitId,
                attributes,
                photos(media),
                contact,
                false,
                ReportChannel.OPEN311,
                accountId.orElse(null),
                null));
        Fields request = Fields.builder()
                .add("service_request_id", submitted.code())
                .add(
                        "service_notice",
                        message(
                                "open311.notice.created",
                                locale,
                                submitted.code(),
                                publicUrl() + FeedbackPaths.report(submitted.code())))
                .add("account_id", accountId.orElse(null))
                .build();
        return Open311Document.list("service_requests", "request", List.of(request));
    }

    private Long adminUnit(String addressId) {
        try {
            long id = Long.parseLong(addressId);
            if (org.findUnit(id).isPresent()) {
                return id;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new Open311Exception(Open311Error.ADDRESS_ID_INVALID, addressId);
    }

    private static List<PhotoUpload> photos(List<MultipartFile> media) {
        if (media == null) {
            return List.of();
        }
        List<PhotoUpload> photos = new ArrayList<>();
        for (MultipartFile file : media) {
            if (file == null || file.isEmpty()) {
                continue;
            }
            try {
                photos.add(new PhotoUpload(file.getOriginalFilename(), file.getContentType(), file.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return photos;
    }

    // ------------------------------------------------------------------------------------------------ reading

    /**
     * GET Service Requests: by ids (overriding every other argument), or by services, statuses and dates, the first
     * page (or the one the pagination extension's {@code page} and {@code page_size} ask for).
     */
    public Open311Document requests(Open311Parameters params, Locale locale) {
        params.checkJurisdiction(properties);
        int max = Math.min(properties.maxRequests(), PublicReportFilter.MAX_LIMIT);
        List<String> ids = params.list("service_request_id");
        PublicReportFilter filter;
        if (!ids.isEmpty()) {
            if (ids.size() > max) {
                throw new Open311Exception(Open311Error.TOO_MANY_REQUEST_IDS, max);
            }
            filter = PublicReportFilter.all().withCodes(ids).withPage(max, 0);
        } else {
            Open311Parameters.Window window = params.window(clock.instant(), properties.windowDays());
            Open311Parameters.Page page = params.page(max);
            filter = PublicReportFilter.all()
                    .withCategoryCodes(params.list("service_code"))
                    .withStatuses(statuses(params.statuses()))
                    .withSubmitted(window.start(), window.end())
                    .withPage(page.limit(), page.offset());
        }
        PublicReportPage page = reports.listPublic(filter);
        return Open311Document.list(
                "service_requests",
                "request",
                page.reports().stream().map(r -> request(r, locale)).toList());
    }

    /**
     * The report statuses of Open311's {@code open}/{@code closed}; hidden reports are closed but listed only when
     * asked for by id.
     */
    static Set<ReportStatus> statuses(Set<String> open311) {
        if (open311.isEmpty() || open311.size() == 2) {
            return Set.of();
        }
        if (open311.contains("open")) {
            return ReportStatus.OPEN;
        }
        Set<ReportStatus> closed = EnumSet.copyOf(ReportStatus.CLOSED_STATUSES);
        closed.remove(ReportStatus.HIDDEN);
        return closed;
    }

    /** GET Service Request: one report by its code. */
    public Open311Document request(String id, Open311Parameters params, Locale locale) {
        params.checkJurisdiction(properties);
        PublicReport report =
                reports.publicReport(id).orElseThrow(() -> new Open311Exception(Open311Error.REQUEST_NOT_FOUND, id));
        return Open311Document.list("service_requests", "request", List.of(request(report, locale)));
    }

    /** GET service_request_id from a token. */
    public Open311Document token(String token, Open311Parameters params) {
        params.checkJurisdiction(properties);
        String code = reports.codeForToken(token)
                .orElseThrow(() -> new Open311Exception(Open311Error.TOKEN_NOT_FOUND, token));
        return Open311Document.list(
                "service_requests",
                "request",
                List.of(Fields.builder()
                        .add("service_request_id", code)
                        .add("token", token)
                        .build()));
    }

    /**
     * A public report as a GeoReport v2 {@code request}: every field of the specification in its order, empty where
     * Civic has nothing ({@code zipcode}); {@code address_id} is the administrative unit's id, the one a client may
     * send as {@code address_id}; {@code media_url} the first visible photo.
     */
    Fields request(PublicReport r, Locale locale) {
        return Fields.builder()
                .add("service_request_id", r.code())
                .add("status", r.status().open311())
                .add("status_notes", statusNotes(r))
                .add("service_name", r.categoryName(locale))
                .add("service_code", r.categoryCode())
                .add("description", r.description())
                .add("agency_responsible", r.agencyName())
                .add("service_notice", null)
                .add("requested_datetime", W3cDateTime.format(r.submittedAt()))
                .add("updated_datetime", W3cDateTime.format(r.updatedAt()))
                .add("expected_datetime", W3cDateTime.format(r.expectedAt()))
                .add("address", address(r))
                .add(
                        "address_id",
                        r.adminUnitId() == null ? null : r.adminUnitId().toString())
                .add("zipcode", null)
                .decimal("lat", r.latitude())
                .decimal("long", r.longitude())
                .add(
                        "media_url",
                        r.photoIds().isEmpty()
                                ? null
                                : publicUrl()
                                        + FeedbackPaths.file(
                                                r.code(), r.photoIds().getFirst()))
                .build();
    }

    private static String statusNotes(PublicReport r) {
        if (r.statusNote() != null && !r.statusNote().isBlank()) {
            return r.statusNote();
        }
        return r.answer() == null ? null : r.answer().text();
    }

    /** "From most specific to most general": the address as given, then the ward when it does not name it. */
    private static String address(PublicReport r) {
        String address = r.address() == null || r.address().isBlank()
                ? null
                : r.address().strip();
        String unit = r.adminUnitName();
        if (address == null) {
            return unit;
        }
        return unit == null || address.contains(unit) ? address : address + ", " + unit;
    }

    // ------------------------------------------------------------------------------------------------ updates

    /**
     * mySociety's GET Service Request Updates: the public changes between {@code start_date} and {@code end_date}
     * (both included; the same window rules as the request list), oldest first. {@code status} is open/closed as the
     * extension's base states; {@code external_status_code} carries Civic's own status for systems that follow the
     * detail.
     */
    public Open311Document updates(Open311Parameters params, Locale locale) {
        params.checkJurisdiction(properties);
        Open311Parameters.Window window = params.window(clock.instant(), properties.windowDays());
        int max = Math.min(properties.maxRequests(), PublicReportFilter.MAX_LIMIT);
        List<ReportUpdate> updates =
                reports.updates(window.start(), window.end().plusNanos(1), max);
        String site = publicUrl();
        return Open311Document.list(
                "service_request_updates",
                "request_update",
                updates.stream()
                        .map(u -> Fields.builder()
                                .add("update_id", Long.toString(u.updateId()))
                                .add("service_request_id", u.reportCode())
                                .add("status", u.statusAfter().open311())
                                .add("updated_datetime", W3cDateTime.format(u.updatedAt()))
                                .add("description", u.description() == null ? "" : u.description())
                                .add("media_url", u.mediaUrlPath() == null ? "" : site + u.mediaUrlPath())
                                .add("external_status_code", u.statusAfter().name())
                                .build())
                        .toList());
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private String publicUrl() {
        String url = identity.publicUrl().toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
