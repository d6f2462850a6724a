package vn.civic.procedure.form;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.civic.org.AdministrativeUnitView;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.error.FieldViolation;
import vn.civic.procedure.EFormPage;
import vn.civic.procedure.FormData;
import vn.civic.procedure.FormDefinition;
import vn.civic.procedure.FormField;
import vn.civic.procedure.FormField.FieldType;
import vn.civic.procedure.form.EFormView.ErrorView;
import vn.civic.procedure.form.EFormView.FieldView;
import vn.civic.procedure.form.EFormView.ItemView;
import vn.civic.procedure.form.EFormView.Option;
import vn.civic.procedure.form.EFormView.Place;
import vn.civic.procedure.form.EFormView.PlaceGroup;

@Component
class EFormPageModel implements EFormPage {

    private final OrgDirectory directory;

    EFormPageModel(OrgDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void addTo(
            Model model, FormDefinition form, FormData data, Set<String> prefilled, List<FieldViolation> errors) {
        model.addAttribute(MODEL_ATTRIBUTE, view(form, data, prefilled, errors));
    }

    EFormView view(FormDefinition form, FormData data, Set<String> prefilled, List<FieldViolation> errors) {
        Map<String, FieldViolation> byPath = new LinkedHashMap<>();
        errors.forEach(v -> byPath.putIfAbsent(v.field(), v));
        List<FieldView> fields = new ArrayList<>();
        for (FormField field : form.fields()) {
            Object value = data.values().get(field.name());
            fields.add(
                    field.type() == FieldType.GROUP
                            ? group(field, value, prefilled, byPath)
                            : field(field, FormPaths.of(field), field.name(), value, prefilled, byPath));
        }
        boolean hasAddress = form.fields().stream()
                .flatMap(f -> f.type() == FieldType.GROUP ? f.fields().stream() : java.util.stream.Stream.of(f))
                .anyMatch(f -> f.type() == FieldType.ADDRESS);
        return new EFormView(fields, summary(fields, byPath), hasAddress ? places() : List.of());
    }

    private static FieldView field(
            FormField field,
            String path,
            String prefilledKey,
            Object value,
            Set<String> prefilled,
            Map<String, FieldViolation> errors) {
        String text = value instanceof String s ? s : null;
        boolean address = field.type() == FieldType.ADDRESS;
        return new FieldView(
                field.type().name(),
                path,
                id(path),
                field.label(),
                field.labelEn(),
                field.help(),
                field.required(),
                address ? FormPaths.unitOf(text) : text,
                address ? FormPaths.streetOf(text) : null,
                switch (field.type()) {
                    case TEXT, TEXTAREA, EMAIL -> FormValidation.maxLength(field);
                    case ADDRESS -> FormValidation.STREET_MAX;
                    default -> null;
                },
                prefilled.contains(prefilledKey),
                errors.get(address ? path + FormPaths.UNIT : path),
                address ? errors.get(path + FormPaths.STREET) : null,
                field.choices().stream()
                        .map(c -> new Option(c.value(), c.label(), c.labelEn()))
                        .toList(),
                List.of(),
                false);
    }

    /** The group's items, at least one blank (or its minimum), each removable while more than that are shown. */
    private static FieldView group(
            FormField group, Object value, Set<String> prefilled, Map<String, FieldViolation> errors) {
        String path = FormPaths.of(group);
        List<?> entered = value instanceof List<?> list ? list : List.of();
        int least = Math.max(1, group.minItems() == null ? 0 : group.minItems());
        int shown = Math.max(entered.size(), least);
        List<ItemView> items = new ArrayList<>();
        for (int i = 0; i < shown; i++) {
            Map<?, ?> item = i < entered.size() && entered.get(i) instanceof Map<?, ?> m ? m : Map.of();
            String itemPath = FormPaths.item(path, i);
            List<FieldView> fields = new ArrayList<>();
            for (FormField field : group.fields()) {
                String key = FormPaths.item(group.name(), i) + "." + field.name();
                fields.add(field(field, itemPath + "." + field.name(), key, item.get(field.name()), prefilled, errors));
            }
            items.add(new ItemView(i + 1, id(itemPath), fields, shown > least ? group.name() + ":" + i : null));
        }
        return new FieldView(
                FieldType.GROUP.name(),
                path,
                id(path),
                group.label(),
                group.labelEn(),
                group.help(),
                group.required(),
                null,
                null,
                null,
                false,
                errors.get(path),
                null,
                List.of(),
                items,
                group.maxItems() == null || shown < group.maxItems());
    }

    /** Every violation in the order of the form, then those of values the form does not show. */
    private static List<ErrorView> summary(List<FieldView> fields, Map<String, FieldViolation> errors) {
        List<ErrorView> summary = new ArrayList<>();
        Set<FieldViolation> shown = new HashSet<>();
        for (FieldView field : fields) {
            addErrors(field, null, summary, shown);
            for (ItemView item : field.items()) {
                for (FieldView itemField : item.fields()) {
                    addErrors(itemField, item.number(), summary, shown);
                }
            }
        }
        errors.values().stream()
                .filter(v -> !shown.contains(v))
                .forEach(v -> summary.add(new ErrorView(null, null, v.field(), null, v)));
        return summary;
    }

    private static void addErrors(FieldView field, Integer item, List<ErrorView> summary, Set<FieldViolation> shown) {
        if (field.error() != null) {
            summary.add(new ErrorView(field.focusId(), field, field.name(), item, field.error()));
            shown.add(field.error());
        }
        if (field.streetError() != null) {
            summary.add(new ErrorView(field.id() + "-street", field, field.name(), item, field.streetError()));
            shown.add(field.streetError());
        }
    }

    /** Current communes and wards (the lowest level) of each current province. */
    private List<PlaceGroup> places() {
        List<PlaceGroup> groups = new ArrayList<>();
        for (AdministrativeUnitView province : directory.currentUnitsUnder(null)) {
            List<Place> places = new ArrayList<>();
            collectLowest(province.id(), places);
            if (!places.isEmpty()) {
                groups.add(new PlaceGroup(province.name(), places));
            }
        }
        return groups;
    }

    private void collectLowest(long unitId, List<Place> into) {
        for (AdministrativeUnitView unit : directory.currentUnitsUnder(unitId)) {
            if (FormValidation.LOWEST_LEVEL.equals(unit.levelCode())) {
                into.add(new Place(String.valueOf(unit.id()), unit.name()));
            } else {
                collectLowest(unit.id(), into);
            }
        }
    }

    /** An HTML id from an input name: {@code f.members[1].birthDate} → {@code f-members-1-birthDate}. */
    static String id(String path) {
        return path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
    }
}
