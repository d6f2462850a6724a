package vn.civic.procedure.form;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.civic.org.AdministrativeUnitView;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.text.PersonalIdNumbers;
import vn.civic.platform.time.CivicTime;
import vn.civic.procedure.FormData;
import vn.civic.procedure.FormDefinition;
import vn.civic.procedure.FormField;
import vn.civic.procedure.FormField.FieldType;
import vn.civic.procedure.FormValidator;

/**
 * The e-form rules, judged on the data as {@link #normalise} stores it. Messages are {@code form.validation.<code>} in
 * the eform bundle.
 */
@Component
class FormValidation implements FormValidator {

    static final String MESSAGE_PREFIX = "form.validation.";

    static final int TEXT_MAX = 200;
    static final int TEXTAREA_MAX = 2000;
    static final int STREET_MAX = 200;
    // RFC 5321: a forward path holds at most 256 octets, an address in it 254
    static final int EMAIL_MAX = 254;

    /** Dates an e-form accepts: births of the oldest living people, and plans at most ten years ahead. */
    static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);

    static final int YEARS_AHEAD = 10;

    /** The lowest level of the two-tier administration (xã, phường, đặc khu), where people live. */
    static final String LOWEST_LEVEL = "COMMUNE";

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,18}(\\.\\d{1,9})?");
    // Vietnamese writing: 1.500.000 groups thousands with dots, 12,5 has a decimal comma
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d+,\\d+");
    // mobile: 10 digits 03x, 05x, 07x, 08x, 09x; landline: 11 digits with a 02xx area code (Circular 22/2014/TT-BTTTT)
    private static final Pattern PHONE = Pattern.compile("0[35789]\\d{8}|02\\d{9}");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+");

    private final LongFunction<Optional<AdministrativeUnitView>> units;
    private final Clock clock;

    @Autowired
    FormValidation(OrgDirectory directory, Clock clock) {
        this(directory::findUnit, clock);
    }

    FormValidation(LongFunction<Optional<AdministrativeUnitView>> units, Clock clock) {
        this.units = units;
        this.clock = clock;
    }

    static FieldViolation violation(String field, String code, Object... args) {
        return new FieldViolation(field, code, MESSAGE_PREFIX + code, args);
    }

    @Override
    public List<FieldViolation> validate(FormDefinition form, FormData data) {
        List<FieldViolation> violations = new ArrayList<>();
        checkFields(form.fields(), normalise(form, data).values(), FormPaths.PREFIX, true, violations);
        return violations;
    }

    @Override
    public FormData normalise(FormDefinition form, FormData data) {
        return new FormData(normaliseFields(form.fields(), data.values(), true));
    }

    private void checkFields(
            List<FormField> fields, Map<?, ?> values, String prefix, boolean topLevel, List<FieldViolation> out) {
        for (Object key : values.keySet()) {
            if (fields.stream().noneMatch(f -> f.name().equals(key))) {
                out.add(violation(prefix + key, "unknown_field"));
            }
        }
        for (FormField field : fields) {
            String path = prefix + field.name();
            Object value = values.get(field.name());
            if (field.type() == FieldType.GROUP && topLevel) {
                checkGroup(field, value, path, out);
            } else if (value == null || value instanceof String) {
                checkText(field, (String) value, path, out);
            } else {
                out.add(violation(path, "not_text"));
            }
        }
    }

    private void checkGroup(FormField group, Object value, String path, List<FieldViolation> out) {
        List<?> items = List.of();
        if (value instanceof List<?> list) {
            items = list;
        } else if (value != null) {
            out.add(violation(path, "not_items"));
            return;
        }
        int count = 0;
        for (int i = 0; i < items.size(); i++) {
            String itemPath = FormPaths.item(path, i);
            if (items.get(i) instanceof Map<?, ?> item) {
                count++;
                checkFields(group.fields(), item, itemPath + ".", false, out);
            } else {
                out.add(violation(itemPath, "not_items"));
            }
        }
        int min = group.minItems() != null ? group.minItems() : group.required() ? 1 : 0;
        if (count < min) {
            out.add(violation(path, "min_items", min));
        } else if (group.maxItems() != null && count > group.maxItems()) {
            out.add(violation(path, "max_items", group.maxItems()));
        }
    }

    private void checkText(FormField field, String value, String path, List<FieldViolation> out) {
        if (field.type() == FieldType.ADDRESS) {
            checkAddress(field, value, path, out);
            return;
        }
        if (value == null) {
            if (field.required()) {
                out.add(violation(path, "required"));
            }
            return;
        }
        String code = switch (field.type()) {
            case TEXT, TEXTAREA -> value.length() > maxLength(field) ? "too_long" : null;
            case NUMBER -> DECIMAL.matcher(value).matches() ? null : "number";
            case DATE -> checkDate(value);
            case CHOICE -> field.choices().stream().anyMatch(c -> c.value().equals(value)) ? null : "choice";
            case PERSONAL_ID ->
                PersonalIdNumbers.check(value, Year.now(clock))
                        .map(defect -> "personal_id_" + defect.name().toLowerCase(Locale.ROOT))
                        .orElse(null);
            case PHONE -> PHONE.matcher(value).matches() ? null : "phone";
            case EMAIL -> value.length() <= EMAIL_MAX && EMAIL.matcher(value).matches() ? null : "email";
            case GROUP -> "not_items";
            case ADDRESS -> throw new IllegalStateException("checked above");
        };
        if ("too_long".equals(code)) {
            out.add(violation(path, code, maxLength(field)));
        } else if ("date_range".equals(code)) {
            out.add(violation(path, code, CivicTime.DATE.format(FIRST_DATE), CivicTime.DATE.format(lastDate())));
        } else if (code != null) {
            out.add(violation(path, code));
        }
    }

    private String checkDate(String value) {
        if (!ISO_DATE.matcher(value).matches()) {
            return "date";
        }
        try {
            LocalDate date = LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
            return date.isBefore(FIRST_DATE) || date.isAfter(lastDate()) ? "date_range" : null;
        } catch (DateTimeParseException e) {
            return "date";
        }
    }

    private LocalDate lastDate() {
        return LocalDate.now(clock).plusYears(YEARS_AHEAD);
    }

    private void checkAddress(FormField field, String value, String path, List<FieldViolation> out) {
        if (value == null && !field.required()) {
            return;
        }
        String unit = FormPaths.unitOf(value);
        String street = FormPaths.streetOf(value);
        if (unit.isEmpty()) {
            out.add(violation(path + FormPaths.UNIT, "required"));
        } else {
            String code = unitProblem(unit);
            if (code != null) {
                out.add(violation(path + FormPaths.UNIT, code));
            }
        }
        if (street.isEmpty()) {
            out.add(violation(path + FormPaths.STREET, "required"));
        } else if (street.length() > STREET_MAX) {
            out.add(violation(path + FormPaths.STREET, "too_long", STREET_MAX));
        }
    }

    private String unitProblem(String unitId) {
        Optional<AdministrativeUnitView> unit;
        try {
            unit = units.apply(Long.parseLong(unitId));
        } catch (NumberFormatException e) {
            return "address_unit";
        }
        if (unit.isEmpty()) {
            return "address_unit";
        }
        if (!unit.get().current()) {
            return "address_unit_former";
        }
        return LOWEST_LEVEL.equals(unit.get().levelCode()) ? null : "address_unit_level";
    }

    static int maxLength(FormField field) {
        if (field.maxLength() != null) {
            return field.maxLength();
        }
        return switch (field.type()) {
            case TEXTAREA -> TEXTAREA_MAX;
            case EMAIL -> EMAIL_MAX;
            default -> TEXT_MAX;
        };
    }

    private Map<String, Object> normaliseFields(List<FormField> fields, Map<?, ?> values, boolean topLevel) {
        Map<String, Object> clean = new LinkedHashMap<>();
        for (FormField field : fields) {
            Object value = normaliseValue(field, values.get(field.name()), topLevel);
            if (value != null) {
                clean.put(field.name(), value);
            }
        }
        values.forEach((key, value) -> {
            if (fields.stream().noneMatch(f -> f.name().equals(key)) && value != null) {
                clean.put(String.valueOf(key), value);
            }
        });
        return clean;
    }

    private Object normaliseValue(FormField field, Object value, boolean topLevel) {
        if (field.type() == FieldType.GROUP && topLevel && value instanceof List<?> list) {
            List<Object> items = new ArrayList<>();
            for (Object item : list) {
                Object clean = item instanceof Map<?, ?> map ? normaliseFields(field.fields(), map, false) : item;
                if (!(clean instanceof Map<?, ?> map && map.isEmpty())) {
                    items.add(clean);
                }
            }
            return items.isEmpty() ? null : items;
        }
        if (!(value instanceof String text)) {
            return value;
        }
        String clean = normaliseText(field.type(), text);
        return clean.isEmpty() ? null : clean;
    }

    private static String normaliseText(FieldType type, String text) {
        return switch (type) {
            case TEXT -> text.strip().replaceAll("\\s+", " ");
            case TEXTAREA -> text.replace("\r\n", "\n").strip();
            case NUMBER -> number(text.replaceAll("\\s", ""));
            case PERSONAL_ID -> PersonalIdNumbers.normalise(text);
            case PHONE -> phone(text.replaceAll("[\\s.()\\-]", ""));
            case ADDRESS ->
                FormPaths.address(
                        FormPaths.unitOf(text).strip(),
                        FormPaths.streetOf(text).strip().replaceAll("\\s+", " "));
            default -> text.strip();
        };
    }

    private static String number(String digits) {
        if (GROUPED.matcher(digits).matches()) {
            return digits.replace(".", "").replace(',', '.');
        }
        return DECIMAL_COMMA.matcher(digits).matches() ? digits.replace(',', '.') : digits;
    }

    private static String phone(String digits) {
        return digits.startsWith("+84") ? "0" + digits.substring(3) : digits;
    }
}
