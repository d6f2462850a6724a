package vn.civic.feedback.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.civic.feedback.CategoryGroup;
import vn.civic.feedback.FeedbackAttribute;
import vn.civic.feedback.FeedbackCategories;
import vn.civic.feedback.FeedbackCategory;
import vn.civic.feedback.FeedbackError;
import vn.civic.feedback.FeedbackProperties;
import vn.civic.feedback.FeedbackReports;
import vn.civic.feedback.PhotoUpload;
import vn.civic.feedback.PublicReport;
import vn.civic.feedback.PublicReportFilter;
import vn.civic.feedback.ReportChannel;
import vn.civic.feedback.ReportCommand;
import vn.civic.feedback.ReportStatus;
import vn.civic.feedback.ReporterContact;
import vn.civic.feedback.SubmittedReport;
import vn.civic.identity.AccountDirectory;
import vn.civic.identity.AccountView;
import vn.civic.platform.error.CivicException;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.platform.security.Actor;
import vn.civic.platform.security.CurrentActor;
import vn.civic.platform.security.Privilege;

/**
 * The report form ({@code /feedback/new}): a category (grouped; anonymous only where the category allows it), the
 * description, the place as a map pin filling the coordinates or as a ward/commune from the unit tree with a street,
 * photos, the category's own questions (a dossier code), private contact details. Before submitting, open reports of
 * the same category nearby are offered to follow instead (an htmx look-up as soon as category and place are set; a
 * "check for similar reports" step without JavaScript). Refused input comes back with the fields marked and nothing
 * stored; photos must be chosen again (browsers never re-send a file) and the page says which.
 */
@Controller
@PreAuthorize("permitAll()")
class CitizenReportController {

    static final String PAGE = "feedback/public/new";

    /** Similar reports offered before submitting. */
    static final int SIMILAR_LIMIT = 5;

    /** Inputs of a category's own questions: {@code attr.<category>.<attribute>}. */
    static final String ATTRIBUTE_PREFIX = "attr.";

    private final FeedbackReports reports;
    private final FeedbackCategories categories;
    private final FeedbackProperties settings;
    private final FeedbackMapProperties map;
    private final ReportPlaces places;
    private final AccountDirectory accounts;

    CitizenReportController(
            FeedbackReports reports,
            FeedbackCategories categories,
            FeedbackProperties settings,
            FeedbackMapProperties map,
            ReportPlaces places,
            AccountDirectory accounts) {
        this.reports = reports;
        this.categories = categories;
        this.settings = settings;
        this.map = map;
        this.places = places;
        this.accounts = accounts;
    }

    @GetMapping("/feedback/new")
    String form(@RequestParam(required = false) String category, Model model) {
        ReportForm form = new ReportForm();
        form.category = category != null && categories.find(category).isPresent() ? category : null;
        signedInAccount().ifPresent(account -> {
            form.contactName = account.fullName();
            form.contactEmail = account.email();
            form.contactPhone = account.phone();
        });
        return page(form, model, Map.of(), null);
    }

    /**
     * The htmx look-up as the citizen sets the category and the place: where the point lies, and the open reports of
     * that category nearby, each with "follow this one instead".
     */
    @GetMapping("/feedback/new/similar")
    String similar(
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String latitude,
            @RequestParam(required = false) String longitude,
            @RequestParam(required = false) String adminUnitId,
            Model model) {
        ReportForm form = new ReportForm();
        form.category = category;
        form.latitude = latitude;
        form.longitude = longitude;
        form.adminUnitId = adminUnitId;
        addSimilar(form, model, true);
        model.addAttribute("signedIn", signedInAccount().isPresent());
        return PAGE + " :: similar";
    }

    /** The htmx search of the ward/commune list: the options whose name matches, without diacritics. */
    @GetMapping("/feedback/new/units")
    String units(
            @RequestParam(required = false) String unitQuery,
            @RequestParam(required = false) String adminUnitId,
            Model model) {
        model.addAttribute("unitGroups", places.search(unitQuery));
        model.addAttribute("form", selectedUnit(adminUnitId));
        return PAGE + " :: unit-options";
    }

    @PostMapping("/feedback/new")
    String submit(
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String followExisting,
            MultipartHttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        ReportForm form = ReportForm.read(request);
        List<MultipartFile> chosen = chosenPhotos(request);
        form.chosenPhotos = chosen.stream().map(CitizenReportController::name).toList();
        if ("find-unit".equals(action)) {
            List<ReportPlaces.UnitGroup> found = places.search(form.unitQuery);
            List<ReportPlaces.UnitOption> matches =
                    found.stream().flatMap(g -> g.units().stream()).toList();
            if (matches.size() == 1) {
                form.adminUnitId = String.valueOf(matches.getFirst().id());
            }
            model.addAttribute("unitsFound", matches.size());
            model.addAttribute("unitGroups", found);
            return page(form, model, Map.of(), null);
        }
        if ("check".equals(action)) {
            model.addAttribute("checked", true);
            return page(form, model, Map.of(), null);
        }

        Map<String, FieldViolation> errors = new LinkedHashMap<>();
        Double latitude = coordinate(form.latitude, 90, "latitude", errors);
        Double longitude = coordinate(form.longitude, 180, "longitude", errors);
        if (errors.isEmpty() && (latitude == null) != (longitude == null)) {
            errors.put(
                    latitude == null ? "latitude" : "longitude",
                    new FieldViolation(
                            "location", "coordinates_incomplete", "feedback.citizen.error.coordinates-pair"));
        }
        Long unitId = form.unitId();
        if (unitId == null && latitude != null && longitude != null) {
            // the pin's ward or commune, as the page showed it, unless the citizen chose one in the tree
            unitId = places.at(latitude, longitude)
                    .map(ReportPlaces.Place::unitId)
                    .orElse(null);
        }
        if (chosen.size() > settings.maxPhotos()) {
            errors.put(
                    "photos",
                    new FieldViolation(
                            "photos",
                            "too_many_photos",
                            "feedback.citizen.error.too-many-photos",
                            settings.maxPhotos()));
        }
        if (!errors.isEmpty()) {
            // the facade is not asked with half a place; say what else it would refuse that the page can see
            if (form.category == null || categories.find(form.category).isEmpty()) {
                errors.put(
                        "category",
                        new FieldViolation(
                                "categoryCode", "feedback_category_unknown", "validation.feedback_category_unknown"));
            }
            if (form.description == null || form.description.isBlank()) {
                errors.put(
                        "description",
                        new FieldViolation(
                                "description",
                                "feedback_description_required",
                                "validation.feedback_description_required"));
            }
            return page(form, model, errors, null);
        }
        Optional<FeedbackCategory> category = form.category == null ? Optional.empty() : categories.find(form.category);
        ReportCommand command = new ReportCommand(
                form.category,
                form.description,
                latitude,
                longitude,
                blankToNull(form.street),
                unitId,
                category.map(c -> attributes(c, request)).orElse(Map.of()),
                chosen.stream().map(CitizenReportController::upload).toList(),
                new ReporterContact(
                        blankToNull(form.contactName),
                        blankToNull(form.contactEmail),
                        blankToNull(form.contactPhone),
                        null),
                form.urgent,
                ReportChannel.WEB,
                null,
                blankToNull(followExisting));
        SubmittedReport submitted;
        try {
            submitted = reports.submit(command);
        } catch (InvalidInputException e) {
            if (e.violations().isEmpty()) {
                return page(form, model, Map.of(), e);
            }
            return page(form, model, byInput(e.violations(), form, chosen), null);
        } catch (CivicException e) {
            if (e.errorCode() == FeedbackError.SIGN_IN_REQUIRED) {
                errors.put(
                        "category",
                        new FieldViolation(
                                "categoryCode", "sign_in_required", "feedback.citizen.error.sign-in-required"));
                return page(form, model, errors, null);
            }
            return page(form, model, Map.of(), e);
        }
        if (followExisting != null && !followExisting.isBlank()) {
            redirect.addFlashAttribute("followed", submitted.code());
        } else {
            redirect.addFlashAttribute("submitted", submitted.code());
            if (!CurrentActor.has(Privilege.FEEDBACK_SUBMIT) && submitted.token() != null) {
                // an anonymous reporter has no account to come back with: their private link, shown once
                redirect.addFlashAttribute(
                        "reporterLink", PublicFeedbackController.reporterPath(submitted.code(), submitted.token()));
            }
        }
        return "redirect:" + PublicFeedbackController.path(submitted.code());
    }

    private String page(ReportForm form, Model model, Map<String, FieldViolation> errors, CivicException failure) {
        boolean signedIn = signedInAccount().isPresent();
        List<FeedbackCategory> active = categories.active();
        model.addAttribute("form", form);
        model.addAttribute(
                "onSite",
                active.stream().filter(c -> c.group() == CategoryGroup.ON_SITE).toList());
        model.addAttribute(
                "procedures",
                active.stream()
                        .filter(c -> c.group() == CategoryGroup.PROCEDURE)
                        .toList());
        model.addAttribute(
                "withQuestions",
                active.stream().filter(FeedbackCategory::hasAttributes).toList());
        if (!model.containsAttribute("unitGroups")) {
            model.addAttribute("unitGroups", places.search(null));
        }
        model.addAttribute("errors", inPageOrder(errors));
        model.addAttribute("failure", failure);
        model.addAttribute("failed", !errors.isEmpty() || failure != null);
        model.addAttribute("signedIn", signedIn);
        model.addAttribute("settings", settings);
        model.addAttribute(
                "maxPhotoMegabytes", Math.max(1, settings.maxPhotoBytes().toMegabytes()));
        model.addAttribute("map", map);
        addSimilar(form, model, Boolean.TRUE.equals(model.getAttribute("checked")));
        return PAGE;
    }

    /**
     * Where the point lies and the open reports of the category near it (or in the chosen ward/commune when there is
     * no point). Nothing when the category or the place is missing; {@code asked} says the citizen asked, so that an
     * empty answer is said in words.
     */
    private void addSimilar(ReportForm form, Model model, boolean asked) {
        Optional<FeedbackCategory> category = form.category == null || form.category.isBlank()
                ? Optional.empty()
                : categories.find(form.category).filter(FeedbackCategory::active);
        Double latitude = parse(form.latitude, 90);
        Double longitude = parse(form.longitude, 180);
        Long unitId = form.unitId();
        Optional<ReportPlaces.Place> place =
                latitude != null && longitude != null ? places.at(latitude, longitude) : Optional.empty();
        List<PublicReport> similar = List.of();
        boolean searched = false;
        if (category.isPresent() && latitude != null && longitude != null) {
            similar = reports.nearbyOpen(
                    category.get().code(), latitude, longitude, settings.duplicateRadiusMetres(), SIMILAR_LIMIT);
            searched = true;
        } else if (category.isPresent() && unitId != null) {
            similar = reports.listPublic(PublicReportFilter.all()
                            .withCategoryCodes(List.of(category.get().code()))
                            .withStatuses(ReportStatus.OPEN)
                            .withAdminUnit(unitId)
                            .withPage(SIMILAR_LIMIT, 0))
                    .reports();
            searched = true;
        }
        model.addAttribute("place", place.orElse(null));
        model.addAttribute("similar", similar);
        model.addAttribute("similarSearched", searched);
        model.addAttribute("similarAsked", asked);
        model.addAttribute("similarCategory", category.orElse(null));
    }

    /** The order of the inputs on the page, for the summary of errors at the top. */
    private static final List<String> INPUT_ORDER = List.of(
            "category", "description", "location", "latitude", "longitude", ATTRIBUTE_PREFIX, "photos", "contact-");

    private static Map<String, FieldViolation> inPageOrder(Map<String, FieldViolation> errors) {
        Map<String, FieldViolation> ordered = new LinkedHashMap<>();
        errors.entrySet().stream()
                .sorted(java.util.Comparator.comparingInt(e -> rank(e.getKey())))
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }

    private static int rank(String input) {
        for (int i = 0; i < INPUT_ORDER.size(); i++) {
            if (input.startsWith(INPUT_ORDER.get(i))) {
                return i;
            }
        }
        return INPUT_ORDER.size();
    }

    /** The facade's field names mapped to the page's inputs; anything else goes to the list at the top. */
    private static Map<String, FieldViolation> byInput(
            List<FieldViolation> violations, ReportForm form, List<MultipartFile> chosen) {
        Map<String, FieldViolation> errors = new LinkedHashMap<>();
        for (FieldViolation v : violations) {
            String field = v.field() == null ? "" : v.field();
            String input;
            if (field.equals("categoryCode") || field.equals("category")) {
                input = "category";
            } else if (field.equals("description")) {
                input = "description";
            } else if (field.equals("location")
                    || field.equals("latitude")
                    || field.equals("longitude")
                    || field.equals("addressText")
                    || field.equals("adminUnitId")) {
                input = "location";
            } else if (field.startsWith("photos")) {
                input = "photos";
                int index = photoIndex(field);
                if (index >= 0 && index < chosen.size()) {
                    v = new FieldViolation(
                            v.field(),
                            v.code(),
                            "feedback.citizen.error.photo",
                            name(chosen.get(index)),
                            new org.springframework.context.support.DefaultMessageSourceResolvable(
                                    new String[] {v.messageKey()}, v.args()));
                }
                if (errors.containsKey("photos")) {
                    errors.put("photos#" + errors.size(), v);
                    continue;
                }
            } else if (field.startsWith("attributes.")) {
                input = ATTRIBUTE_PREFIX + form.category + "." + field.substring("attributes.".length());
            } else if (field.startsWith("contact.")) {
                input = "contact-" + field.substring("contact.".length());
            } else {
                input = "general#" + errors.size();
            }
            errors.putIfAbsent(input, v);
        }
        return errors;
    }

    private static int photoIndex(String field) {
        int open = field.indexOf('[');
        int close = field.indexOf(']');
        if (open < 0 || close <= open + 1) {
            return -1;
        }
        try {
            return Integer.parseInt(field.substring(open + 1, close));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The answers to the category's own questions, from {@code attr.<category>.<code>} inputs. */
    private static Map<String, List<String>> attributes(
            FeedbackCategory category, MultipartHttpServletRequest request) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (FeedbackAttribute attribute : category.attributes()) {
            String[] given = request.getParameterValues(ATTRIBUTE_PREFIX + category.code() + "." + attribute.code());
            if (given == null) {
                continue;
            }
            List<String> kept = new ArrayList<>();
            for (String value : given) {
                if (value != null && !value.isBlank()) {
                    kept.add(value.strip());
                }
            }
            if (!kept.isEmpty()) {
                values.put(attribute.code(), kept);
            }
        }
        return values;
    }

    private static List<MultipartFile> chosenPhotos(MultipartHttpServletRequest request) {
        return request.getFiles("photos").stream()
                .filter(f -> f.getSize() > 0
                        || (f.getOriginalFilename() != null
                                && !f.getOriginalFilename().isBlank()))
                .toList();
    }

    private static PhotoUpload upload(MultipartFile file) {
        try {
            return new PhotoUpload(name(file), file.getContentType(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(MultipartFile file) {
        return file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
    }

    /** A coordinate typed or set by the pin: a decimal number within ±limit; a bad one is marked on its input. */
    private static Double coordinate(String text, double limit, String input, Map<String, FieldViolation> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Double value = parse(text, limit);
        if (value == null) {
            errors.put(
                    input,
                    new FieldViolation(
                            "location", "coordinate_invalid", "feedback.citizen.error." + input + "-invalid", limit));
        }
        return value;
    }

    static Double parse(String text, double limit) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String normalised = text.strip().replace(',', '.');
        if (normalised.length() > 32 || !normalised.matches("-?\\d{1,3}(\\.\\d+)?")) {
            return null;
        }
        double value = Double.parseDouble(normalised);
        return Math.abs(value) <= limit ? value : null;
    }

    private static ReportForm selectedUnit(String adminUnitId) {
        ReportForm form = new ReportForm();
        form.adminUnitId = adminUnitId;
        return form;
    }

    private Optional<AccountView> signedInAccount() {
        return CurrentActor.get().map(Actor::actorId).flatMap(Actor::accountId).flatMap(accounts::findById);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** What the form holds, kept across a refused submission or a step without JavaScript. */
    public static final class ReportForm {
        String category;
        String description;
        String latitude;
        String longitude;
        String adminUnitId;
        String street;
        String unitQuery;
        boolean urgent;
        String contactName;
        String contactEmail;
        String contactPhone;
        Map<String, List<String>> answers = Map.of();
        List<String> chosenPhotos = List.of();

        static ReportForm read(MultipartHttpServletRequest request) {
            ReportForm form = new ReportForm();
            form.category = trimmed(request.getParameter("category"));
            form.description = request.getParameter("description");
            form.latitude = trimmed(request.getParameter("latitude"));
            form.longitude = trimmed(request.getParameter("longitude"));
            form.adminUnitId = trimmed(request.getParameter("adminUnitId"));
            form.street = request.getParameter("street");
            form.unitQuery = request.getParameter("unitQuery");
            form.urgent = "true".equals(request.getParameter("urgent"));
            form.contactName = request.getParameter("contactName");
            form.contactEmail = request.getParameter("contactEmail");
            form.contactPhone = request.getParameter("contactPhone");
            Map<String, List<String>> answers = new LinkedHashMap<>();
            request.getParameterMap().forEach((name, values) -> {
                if (name.startsWith(ATTRIBUTE_PREFIX)) {
                    answers.put(name, List.of(values));
                }
            });
            form.answers = answers;
            return form;
        }

        private static String trimmed(String text) {
            return text == null ? null : text.strip();
        }

        Long unitId() {
            return adminUnitId != null && adminUnitId.matches("\\d{1,18}") ? Long.valueOf(adminUnitId) : null;
        }

        public String getCategory() {
            return category;
        }

        public String getDescription() {
            return description;
        }

        public String getLatitude() {
            return latitude;
        }

        public String getLongitude() {
            return longitude;
        }

        public Long getAdminUnit() {
            return unitId();
        }

        public String getStreet() {
            return street;
        }

        public String getUnitQuery() {
            return unitQuery;
        }

        public boolean isUrgent() {
            return urgent;
        }

        public String getContactName() {
            return contactName;
        }

        public String getContactEmail() {
            return contactEmail;
        }

        public String getContactPhone() {
            return contactPhone;
        }

        public List<String> getChosenPhotos() {
            return chosenPhotos;
        }

        /** The first value given for a question's input, for text inputs and single choices. */
        public String answer(String input) {
            List<String> values = answers.get(input);
            return values == null || values.isEmpty() ? null : values.getFirst();
        }

        /** True when the value was chosen for a question's input (multiple choices). */
        public boolean answered(String input, String value) {
            List<String> values = answers.get(input);
            return values != null && values.contains(value);
        }
    }
}
