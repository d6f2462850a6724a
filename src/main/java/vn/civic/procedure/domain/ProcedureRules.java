package vn.civic.procedure.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.error.FieldViolation;
import vn.civic.procedure.ChannelTerms;
import vn.civic.procedure.Fee;
import vn.civic.procedure.FormField;
import vn.civic.procedure.FormField.FieldType;
import vn.civic.procedure.LegalBasis;
import vn.civic.procedure.ProcessingTime;
import vn.civic.procedure.RequiredDocument;
import vn.civic.procedure.ResultDocument;
import vn.civic.procedure.StepDefinition;
import vn.civic.procedure.StepDefinition.AgencyTarget;
import vn.civic.procedure.StepDefinition.StepKind;

/**
 * The structure every saved procedure has, whether typed on the administration form or imported: checked as a whole
 * so that every problem is reported at once. Fields are paths into the document ({@code steps[2].agencyCode}, {@code
 * form.fields[1].choices}); messages are {@code procedure.rule.<code>}.
 */
@Component
public class ProcedureRules {

    /** National procedure codes: {@code 1.001193}, {@code 2.000488}. */
    public static final Pattern CODE = Pattern.compile("\\d+\\.\\d{6}");

    static final Pattern LEVEL_CODE = Pattern.compile("[A-Z][A-Z_]{0,29}");
    static final Pattern FIELD_NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*");
    static final BigDecimal HOURS_PER_DAY = BigDecimal.valueOf(8);

    private final OrgDirectory org;

    ProcedureRules(OrgDirectory org) {
        this.org = org;
    }

    /** A violation of one rule; the message is {@code procedure.rule.<code>}. */
    public static FieldViolation violation(String field, String code, Object... args) {
        return new FieldViolation(field, code, "procedure.rule." + code, args);
    }

    /** Every violation of the document, none when it may be saved. */
    public List<FieldViolation> check(ProcedureDocument d) {
        List<FieldViolation> found = new ArrayList<>();
        if (blank(d.code())) {
            found.add(violation("code", "required"));
        } else if (!CODE.matcher(d.code()).matches()) {
            found.add(violation("code", "code_pattern"));
        }
        text(found, "name", d.name(), 500, true);
        if (d.sector() == null) {
            found.add(violation("sector.code", "required"));
            found.add(violation("sector.name", "required"));
        } else {
            text(found, "sector.code", d.sector().code(), 50, true);
            text(found, "sector.name", d.sector().name(), 300, true);
        }
        if (d.serviceLevel() == null) {
            found.add(violation("serviceLevel", "required"));
        }
        if (blank(d.levelCode())) {
            found.add(violation("levelCode", "required"));
        } else if (!LEVEL_CODE.matcher(d.levelCode()).matches()) {
            found.add(violation("levelCode", "level_code_pattern"));
        }
        for (int i = 0; i < d.agencyCodes().size(); i++) {
            agency(found, "agencyCodes[" + i + "]", d.agencyCodes().get(i));
        }
        if (String.join(";", d.agencyCodes()).length() > 1900) {
            found.add(violation("agencyCodes", "too_long", 1900));
        }
        if (d.applicants().isEmpty()) {
            found.add(violation("applicants", "applicant_required"));
        }
        text(found, "conditions", d.conditions(), 4000, false);
        BigDecimal limit = channels(found, d.channels());
        feeBases(found, d.channels(), d.form().fields());
        documents(found, d.documents());
        for (int i = 0; i < d.results().size(); i++) {
            ResultDocument r = d.results().get(i);
            text(found, "results[" + i + "].name", r == null ? null : r.name(), 500, true);
            text(found, "results[" + i + "].code", r == null ? null : r.code(), 50, false);
        }
        for (int i = 0; i < d.legalBasis().size(); i++) {
            LegalBasis l = d.legalBasis().get(i);
            text(found, "legalBasis[" + i + "].number", l == null ? null : l.number(), 100, true);
            text(found, "legalBasis[" + i + "].title", l == null ? null : l.title(), 1000, true);
        }
        steps(found, d.steps(), limit);
        fields(found, "form.fields", d.form().fields(), false);
        return found;
    }

    /** The longest time limit of the channels, in working days, or null when there is none to compare with. */
    private static BigDecimal channels(List<FieldViolation> found, List<ChannelTerms> channels) {
        if (channels.isEmpty()) {
            found.add(violation("channels", "channel_required"));
        }
        BigDecimal limit = null;
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < channels.size(); i++) {
            String at = "channels[" + i + "]";
            ChannelTerms c = channels.get(i);
            if (c == null || c.channel() == null) {
                found.add(violation(at + ".channel", "required"));
                continue;
            }
            if (!seen.add(c.channel())) {
                found.add(violation(at + ".channel", "channel_duplicate"));
            }
            ProcessingTime time = c.time();
            if (time == null
                    || time.amount() == null
                    || time.unit() == null
                    || time.amount().signum() <= 0) {
                found.add(violation(at + ".time", "time_invalid"));
            } else {
                BigDecimal days = time.unit() == ProcessingTime.Unit.WORKING_DAYS
                        ? time.amount()
                        : time.amount().divide(HOURS_PER_DAY, 4, java.math.RoundingMode.HALF_UP);
                limit = limit == null || days.compareTo(limit) > 0 ? days : limit;
            }
            text(found, at + ".description", c.description(), 1000, false);
            List<Fee> fees = c.fees() == null ? List.of() : c.fees();
            for (int j = 0; j < fees.size(); j++) {
                String feeAt = at + ".fees[" + j + "]";
                Fee fee = fees.get(j);
                text(found, feeAt + ".name", fee == null ? null : fee.name(), 300, true);
                if (fee != null && fee.amount() < 0) {
                    found.add(violation(feeAt + ".amount", "fee_negative"));
                }
                text(found, feeAt + ".note", fee == null ? null : fee.note(), 500, false);
            }
        }
        return limit;
    }

    /**
     * A fee owed by option, with an exemption or per unit names a top-level field of the e-form: a choice with that
     * value (option, exemption) or a number (per unit).
     */
    private static void feeBases(List<FieldViolation> found, List<ChannelTerms> channels, List<FormField> fields) {
        for (int i = 0; i < channels.size(); i++) {
            ChannelTerms c = channels.get(i);
            List<Fee> fees = c == null || c.fees() == null ? List.of() : c.fees();
            for (int j = 0; j < fees.size(); j++) {
                Fee fee = fees.get(j);
                if (fee == null || fee.effectiveBasis() == Fee.Basis.FIXED) {
                    continue;
                }
                String at = "channels[" + i + "].fees[" + j + "]";
                FormField field = blank(fee.field())
                        ? null
                        : fields.stream()
                                .filter(f -> f.name().equals(fee.field().strip()))
                                .findFirst()
                                .orElse(null);
                boolean perUnit = fee.effectiveBasis() == Fee.Basis.PER_UNIT;
                if (field == null || field.type() != (perUnit ? FieldType.NUMBER : FieldType.CHOICE)) {
                    found.add(violation(at + ".field", perUnit ? "fee_field_number" : "fee_field_choice"));
                } else if (!perUnit
                        && field.choices().stream().noneMatch(ch -> ch.value().equals(fee.value()))) {
                    found.add(violation(at + ".value", "fee_value_unknown"));
                }
            }
        }
    }

    private static void documents(List<FieldViolation> found, List<RequiredDocument> documents) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < documents.size(); i++) {
            String at = "documents[" + i + "]";
            RequiredDocument doc = documents.get(i);
            if (doc == null) {
                found.add(violation(at + ".code", "required"));
                continue;
            }
            if (blank(doc.code())) {
                found.add(violation(at + ".code", "required"));
            } else if (!codes.add(doc.code().strip())) {
                found.add(violation(at + ".code", "document_code_duplicate"));
            } else {
                text(found, at + ".code", doc.code(), 50, true);
            }
            text(found, at + ".name", doc.name(), 1000, true);
            if (doc.accepted() == null || doc.accepted().isEmpty()) {
                found.add(violation(at + ".accepted", "copy_kind_required"));
            }
            text(found, at + ".formTemplate", doc.formTemplate(), 300, false);
        }
    }

    private void steps(List<FieldViolation> found, List<StepDefinition> steps, BigDecimal limit) {
        if (steps.size() < 2) {
            found.add(violation("steps", "steps_required"));
            return;
        }
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < steps.size(); i++) {
            String at = "steps[" + i + "]";
            StepDefinition s = steps.get(i);
            if (s == null) {
                found.add(violation(at + ".kind", "required"));
                continue;
            }
            if (s.order() != i + 1) {
                found.add(violation(at + ".order", "step_order", i + 1));
            }
            if (s.kind() == null) {
                found.add(violation(at + ".kind", "required"));
            } else if (i == 0 && s.kind() != StepKind.RECEIVE) {
                found.add(violation(at + ".kind", "step_first_receive"));
            } else if (i == steps.size() - 1 && s.kind() != StepKind.RETURN) {
                found.add(violation(at + ".kind", "step_last_return"));
            }
            text(found, at + ".name", s.name(), 300, true);
            if (s.target() == null) {
                found.add(violation(at + ".target", "required"));
            } else if (s.target() == AgencyTarget.SERVING && s.agencyKind() == null) {
                found.add(violation(at + ".agencyKind", "step_agency_kind_required"));
            } else if (s.target() == AgencyTarget.FIXED) {
                if (blank(s.agencyCode())) {
                    found.add(violation(at + ".agencyCode", "required"));
                } else {
                    agency(found, at + ".agencyCode", s.agencyCode());
                }
            }
            text(found, at + ".departmentCode", s.departmentCode(), 30, false);
            if (s.workingDays() == null || s.workingDays().signum() < 0) {
                found.add(violation(at + ".workingDays", "working_days_invalid"));
            } else {
                total = total.add(s.workingDays());
            }
        }
        if (limit != null && total.compareTo(limit) > 0) {
            found.add(violation(
                    "steps",
                    "steps_exceed_time_limit",
                    total.stripTrailingZeros().toPlainString(),
                    limit.stripTrailingZeros().toPlainString()));
        }
    }

    private static void fields(List<FieldViolation> found, String at, List<FormField> fields, boolean inGroup) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < fields.size(); i++) {
            String fieldAt = at + "[" + i + "]";
            FormField f = fields.get(i);
            if (f == null) {
                found.add(violation(fieldAt + ".name", "required"));
                continue;
            }
            if (blank(f.name())
                    || !FIELD_NAME.matcher(f.name()).matches()
                    || f.name().length() > 60) {
                found.add(violation(fieldAt + ".name", "field_name_invalid"));
            } else if (!names.add(f.name())) {
                found.add(violation(fieldAt + ".name", "field_name_duplicate"));
            }
            text(found, fieldAt + ".label", f.label(), 300, true);
            if (f.type() == null) {
                found.add(violation(fieldAt + ".type", "field_type_required"));
                continue;
            }
            if (f.type() == FieldType.CHOICE) {
                if (f.choices().isEmpty()) {
                    found.add(violation(fieldAt + ".choices", "choices_required"));
                }
                Set<String> values = new HashSet<>();
                for (int j = 0; j < f.choices().size(); j++) {
                    FormField.FieldChoice choice = f.choices().get(j);
                    if (choice == null
                            || blank(choice.value())
                            || blank(choice.label())
                            || !values.add(choice.value())) {
                        found.add(violation(fieldAt + ".choices[" + j + "]", "choice_invalid"));
                    }
                }
            }
            if (f.type() == FieldType.GROUP) {
                if (inGroup) {
                    found.add(violation(fieldAt + ".type", "group_nested"));
                } else if (f.fields().isEmpty()) {
                    found.add(violation(fieldAt + ".fields", "group_fields_required"));
                } else {
                    fields(found, fieldAt + ".fields", f.fields(), true);
                }
                if ((f.minItems() != null && f.minItems() < 0)
                        || (f.maxItems() != null && f.maxItems() < 1)
                        || (f.minItems() != null && f.maxItems() != null && f.minItems() > f.maxItems())) {
                    found.add(violation(fieldAt + ".maxItems", "items_range"));
                }
            }
            if (f.maxLength() != null && f.maxLength() < 1) {
                found.add(violation(fieldAt + ".maxLength", "max_length_invalid"));
            }
        }
    }

    private void agency(List<FieldViolation> found, String at, String code) {
        if (blank(code)) {
            found.add(violation(at, "required"));
        } else if (org.findAgencyByCode(code.strip()).isEmpty()) {
            found.add(violation(at, "agency_unknown", code));
        }
    }

    private static void text(List<FieldViolation> found, String field, String value, int max, boolean required) {
        if (blank(value)) {
            if (required) {
                found.add(violation(field, "required"));
            }
        } else if (value.length() > max) {
            found.add(violation(field, "too_long", max));
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
