package vn.civic.procedure.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import vn.civic.org.AgencyKind;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.procedure.ApplicantKind;
import vn.civic.procedure.Channel;
import vn.civic.procedure.ChannelTerms;
import vn.civic.procedure.Fee;
import vn.civic.procedure.FormDefinition;
import vn.civic.procedure.LegalBasis;
import vn.civic.procedure.ProcedureView;
import vn.civic.procedure.ProcessingTime;
import vn.civic.procedure.RequiredDocument;
import vn.civic.procedure.RequiredDocument.CopyKind;
import vn.civic.procedure.ResultDocument;
import vn.civic.procedure.Sector;
import vn.civic.procedure.ServiceLevel;
import vn.civic.procedure.StepDefinition;
import vn.civic.procedure.StepDefinition.AgencyTarget;
import vn.civic.procedure.StepDefinition.StepKind;
import vn.civic.procedure.domain.ProcedureDocument;
import vn.civic.procedure.domain.ProcedureJson;

/**
 * The procedure form: the main fields, a row per channel, and rows for fees, documents, results, legal basis and
 * steps (blank rows are offered for additions and ignored when saved); the e-form definition as JSON. A JavaBean so
 * that a value that does not convert comes back as typed. Violations of the document are put back on the rows they
 * came from ({@link #fieldOf}).
 */
public class ProcedureForm {

    static final int SPARE_ROWS = 2;

    private String code;
    private String name;
    private String sectorCode;
    private String sectorName;
    private ServiceLevel serviceLevel;
    private String levelCode;
    private String agencyCodes;
    private Set<ApplicantKind> applicants = EnumSet.noneOf(ApplicantKind.class);
    private String conditions;
    private String formJson;
    private Long version;
    private List<ChannelRow> channels = new ArrayList<>();
    private List<FeeRow> fees = new ArrayList<>();
    private List<DocumentRow> documents = new ArrayList<>();
    private List<ResultRow> results = new ArrayList<>();
    private List<LegalRow> legalBasis = new ArrayList<>();
    private List<StepRow> steps = new ArrayList<>();

    /** Document path prefix (e.g. {@code documents[0]}) → form path prefix ({@code documents[2]}), set by {@link #document}. */
    private final Map<String, String> paths = new HashMap<>();

    static ProcedureForm blank(ProcedureJson json) {
        ProcedureForm form = new ProcedureForm();
        form.levelCode = "COMMUNE";
        form.applicants.add(ApplicantKind.CITIZEN);
        form.formJson = json.writeForm(new FormDefinition(List.of()));
        form.version = null;
        return form.withSpareRows();
    }

    static ProcedureForm of(ProcedureView p, long rowVersion, ProcedureJson json) {
        ProcedureForm form = new ProcedureForm();
        form.code = p.code();
        form.name = p.name();
        form.sectorCode = p.sector().code();
        form.sectorName = p.sector().name();
        form.serviceLevel = p.serviceLevel();
        form.levelCode = p.levelCode();
        form.agencyCodes = String.join("\n", p.agencyCodes());
        form.applicants =
                p.applicants().isEmpty() ? EnumSet.noneOf(ApplicantKind.class) : EnumSet.copyOf(p.applicants());
        form.conditions = p.conditions();
        form.formJson = json.writeForm(p.form());
        form.version = rowVersion;
        for (ChannelTerms c : p.channels()) {
            for (Fee fee : c.fees()) {
                FeeRow row = new FeeRow(c.channel(), fee.name(), fee.amount(), fee.note());
                row.basis = fee.basis();
                row.field = fee.field();
                row.value = fee.value();
                form.fees.add(row);
            }
        }
        for (RequiredDocument d : p.documents()) {
            form.documents.add(new DocumentRow(d.code(), d.name(), d.accepted(), d.mandatory(), d.formTemplate()));
        }
        p.results().forEach(r -> form.results.add(new ResultRow(r.code(), r.name())));
        p.legalBasis().forEach(l -> form.legalBasis.add(new LegalRow(l.number(), l.title())));
        for (StepDefinition s : p.steps()) {
            StepRow row = new StepRow();
            row.order = s.order();
            row.kind = s.kind();
            row.name = s.name();
            row.target = s.target();
            row.agencyKind = s.agencyKind();
            row.agencyCode = s.agencyCode();
            row.departmentCode = s.departmentCode();
            row.workingDays = s.workingDays();
            form.steps.add(row);
        }
        form.withSpareRows();
        for (ChannelRow row : form.channels) {
            p.terms(row.channel).ifPresent(t -> {
                row.offered = true;
                row.amount = t.time().amount();
                row.unit = t.time().unit();
                row.description = t.description();
            });
        }
        return form;
    }

    /** One row per channel, and blank rows to add fees, documents, results, legal texts and steps. */
    ProcedureForm withSpareRows() {
        for (Channel channel : Channel.values()) {
            if (channels.stream().noneMatch(r -> r.channel == channel)) {
                ChannelRow row = new ChannelRow();
                row.channel = channel;
                row.unit = ProcessingTime.Unit.WORKING_DAYS;
                channels.add(row);
            }
        }
        channels.sort((a, b) -> a.channel == null || b.channel == null ? 0 : a.channel.compareTo(b.channel));
        for (int i = 0; i < SPARE_ROWS; i++) {
            fees.add(new FeeRow(null, null, null, null));
            documents.add(new DocumentRow(null, null, EnumSet.noneOf(CopyKind.class), true, null));
            results.add(new ResultRow(null, null));
            legalBasis.add(new LegalRow(null, null));
            StepRow step = new StepRow();
            step.target = AgencyTarget.RECEIVING;
            steps.add(step);
        }
        return this;
    }

    /**
     * The procedure document the form describes, blank rows left out.
     *
     * @throws InvalidInputException on {@code formJson} when the form definition is not JSON of its shape
     */
    ProcedureDocument document(ProcedureJson json) {
        paths.clear();
        List<ChannelTerms> terms = new ArrayList<>();
        for (int r = 0; r < channels.size(); r++) {
            ChannelRow row = channels.get(r);
            if (!row.offered || row.channel == null) {
                continue;
            }
            String at = "channels[" + terms.size() + "]";
            paths.put(at, "channels[" + r + "]");
            List<Fee> channelFees = new ArrayList<>();
            for (int f = 0; f < fees.size(); f++) {
                FeeRow fee = fees.get(f);
                if (fee.channel == row.channel && !fee.isBlank()) {
                    paths.put(at + ".fees[" + channelFees.size() + "]", "fees[" + f + "]");
                    channelFees.add(new Fee(
                            clean(fee.name),
                            fee.amount == null ? 0 : fee.amount,
                            clean(fee.note),
                            fee.basis,
                            clean(fee.field),
                            clean(fee.value)));
                }
            }
            terms.add(new ChannelTerms(
                    row.channel,
                    row.amount == null ? null : new ProcessingTime(row.amount, row.unit),
                    channelFees,
                    clean(row.description)));
        }
        List<RequiredDocument> docs = rows(
                documents,
                "documents",
                d -> d.isBlank()
                        ? null
                        : new RequiredDocument(
                                clean(d.code), clean(d.name), d.accepted, d.mandatory, clean(d.formTemplate)));
        List<ResultDocument> res =
                rows(results, "results", r -> r.isBlank() ? null : new ResultDocument(clean(r.code), clean(r.name)));
        List<LegalBasis> legal = rows(
                legalBasis, "legalBasis", l -> l.isBlank() ? null : new LegalBasis(clean(l.number), clean(l.title)));
        List<StepDefinition> stepList = rows(
                steps,
                "steps",
                s -> s.isBlank()
                        ? null
                        : new StepDefinition(
                                s.order == null ? 0 : s.order,
                                s.kind,
                                clean(s.name),
                                s.target,
                                s.target == AgencyTarget.SERVING ? s.agencyKind : null,
                                s.target == AgencyTarget.FIXED ? clean(s.agencyCode) : null,
                                clean(s.departmentCode),
                                s.workingDays));
        FormDefinition form = formJson == null || formJson.isBlank()
                ? new FormDefinition(List.of())
                : json.readForm(formJson, "formJson");
        List<String> agencies = agencyCodes == null
                ? List.of()
                : Arrays.stream(agencyCodes.split("[\\s,;]+"))
                        .filter(s -> !s.isBlank())
                        .distinct()
                        .toList();
        return new ProcedureDocument(
                clean(code),
                clean(name),
                new Sector(clean(sectorCode), clean(sectorName)),
                null,
                serviceLevel,
                clean(levelCode),
                agencies,
                terms,
                docs,
                applicants,
                res,
                legal,
                clean(conditions),
                form,
                stepList);
    }

    private <R, T> List<T> rows(List<R> rows, String property, java.util.function.Function<R, T> convert) {
        List<T> converted = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            T value = convert.apply(rows.get(r));
            if (value != null) {
                paths.put(property + "[" + converted.size() + "]", property + "[" + r + "]");
                converted.add(value);
            }
        }
        return converted;
    }

    private static final Pattern ROW = Pattern.compile("^(\\w+\\[\\d+](?:\\.fees\\[\\d+])?)(\\.\\w+)?(.*)$");

    /**
     * The violation moved onto the form field that shows it: a row's cell, the JSON text of the e-form (with the path
     * inside it in the message), or the field itself.
     */
    FieldViolation onForm(FieldViolation v) {
        String field = v.field();
        if (field.startsWith("form.")) {
            return new FieldViolation(
                    "formJson",
                    v.code(),
                    "procedure.rule.at",
                    field.substring("form.".length()),
                    new DefaultMessageSourceResolvable(new String[] {v.messageKey()}, v.args()));
        }
        return new FieldViolation(fieldOf(field), v.code(), v.messageKey(), v.args());
    }

    String fieldOf(String documentField) {
        switch (documentField) {
            case "sector.code":
                return "sectorCode";
            case "sector.name":
                return "sectorName";
            default:
                break;
        }
        if (documentField.startsWith("agencyCodes")) {
            return "agencyCodes";
        }
        Matcher m = ROW.matcher(documentField);
        if (!m.matches() || !paths.containsKey(m.group(1))) {
            return documentField;
        }
        String row = paths.get(m.group(1));
        String cell = m.group(2) == null ? "" : m.group(2);
        if (row.startsWith("channels[")) {
            cell = switch (cell) {
                case ".time" -> ".amount";
                case ".channel" -> ".offered";
                default -> cell;
            };
        }
        return cell.isEmpty() ? row + ".name" : row + cell;
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** A channel: offered or not, its time limit and note. */
    public static class ChannelRow {
        private Channel channel;
        private boolean offered;
        private BigDecimal amount;
        private ProcessingTime.Unit unit;
        private String description;

        public Channel getChannel() {
            return channel;
        }

        public void setChannel(Channel channel) {
            this.channel = channel;
        }

        public boolean isOffered() {
            return offered;
        }

        public void setOffered(boolean offered) {
            this.offered = offered;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }

        public ProcessingTime.Unit getUnit() {
            return unit;
        }

        public void setUnit(ProcessingTime.Unit unit) {
            this.unit = unit;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }
    }

    /** A fee of one channel. */
    public static class FeeRow {
        private Channel channel;
        private String name;
        private Long amount;
        private String note;
        private Fee.Basis basis;
        private String field;
        private String value;

        public FeeRow() {}

        FeeRow(Channel channel, String name, Long amount, String note) {
            this.channel = channel;
            this.name = name;
            this.amount = amount;
            this.note = note;
        }

        boolean isBlank() {
            return blank(name) && amount == null && blank(note) && blank(field) && blank(value);
        }

        public Fee.Basis getBasis() {
            return basis;
        }

        public void setBasis(Fee.Basis basis) {
            this.basis = basis;
        }

        public String getField() {
            return field;
        }

        public void setField(String field) {
            this.field = field;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }

        public Channel getChannel() {
            return channel;
        }

        public void setChannel(Channel channel) {
            this.channel = channel;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Long getAmount() {
            return amount;
        }

        public void setAmount(Long amount) {
            this.amount = amount;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    /** A required document. */
    public static class DocumentRow {
        private String code;
        private String name;
        private Set<CopyKind> accepted = EnumSet.noneOf(CopyKind.class);
        private boolean mandatory;
        private String formTemplate;

        public DocumentRow() {}

        DocumentRow(String code, String name, Set<CopyKind> accepted, boolean mandatory, String formTemplate) {
            this.code = code;
            this.name = name;
            this.accepted = accepted == null ? EnumSet.noneOf(CopyKind.class) : new LinkedHashSet<>(accepted);
            this.mandatory = mandatory;
            this.formTemplate = formTemplate;
        }

        boolean isBlank() {
            return blank(code) && blank(name) && blank(formTemplate);
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Set<CopyKind> getAccepted() {
            return accepted;
        }

        public void setAccepted(Set<CopyKind> accepted) {
            this.accepted = accepted == null ? EnumSet.noneOf(CopyKind.class) : accepted;
        }

        public boolean isMandatory() {
            return mandatory;
        }

        public void setMandatory(boolean mandatory) {
            this.mandatory = mandatory;
        }

        public String getFormTemplate() {
            return formTemplate;
        }

        public void setFormTemplate(String formTemplate) {
            this.formTemplate = formTemplate;
        }
    }

    /** A result. */
    public static class ResultRow {
        private String code;
        private String name;

        public ResultRow() {}

        ResultRow(String code, String name) {
            this.code = code;
            this.name = name;
        }

        boolean isBlank() {
            return blank(code) && blank(name);
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    /** A legal text. */
    public static class LegalRow {
        private String number;
        private String title;

        public LegalRow() {}

        LegalRow(String number, String title) {
            this.number = number;
            this.title = title;
        }

        boolean isBlank() {
            return blank(number) && blank(title);
        }

        public String getNumber() {
            return number;
        }

        public void setNumber(String number) {
            this.number = number;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }
    }

    /** A processing step. */
    public static class StepRow {
        private Integer order;
        private StepKind kind;
        private String name;
        private AgencyTarget target;
        private AgencyKind agencyKind;
        private String agencyCode;
        private String departmentCode;
        private BigDecimal workingDays;

        boolean isBlank() {
            return order == null && kind == null && blank(name) && workingDays == null;
        }

        public Integer getOrder() {
            return order;
        }

        public void setOrder(Integer order) {
            this.order = order;
        }

        public StepKind getKind() {
            return kind;
        }

        public void setKind(StepKind kind) {
            this.kind = kind;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public AgencyTarget getTarget() {
            return target;
        }

        public void setTarget(AgencyTarget target) {
            this.target = target;
        }

        public AgencyKind getAgencyKind() {
            return agencyKind;
        }

        public void setAgencyKind(AgencyKind agencyKind) {
            this.agencyKind = agencyKind;
        }

        public String getAgencyCode() {
            return agencyCode;
        }

        public void setAgencyCode(String agencyCode) {
            this.agencyCode = agencyCode;
        }

        public String getDepartmentCode() {
            return departmentCode;
        }

        public void setDepartmentCode(String departmentCode) {
            this.departmentCode = departmentCode;
        }

        public BigDecimal getWorkingDays() {
            return workingDays;
        }

        public void setWorkingDays(BigDecimal workingDays) {
            this.workingDays = workingDays;
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSectorCode() {
        return sectorCode;
    }

    public void setSectorCode(String sectorCode) {
        this.sectorCode = sectorCode;
    }

    public String getSectorName() {
        return sectorName;
    }

    public void setSectorName(String sectorName) {
        this.sectorName = sectorName;
    }

    public ServiceLevel getServiceLevel() {
        return serviceLevel;
    }

    public void setServiceLevel(ServiceLevel serviceLevel) {
        this.serviceLevel = serviceLevel;
    }

    public String getLevelCode() {
        return levelCode;
    }

    public void setLevelCode(String levelCode) {
        this.levelCode = levelCode;
    }

    public String getAgencyCodes() {
        return agencyCodes;
    }

    public void setAgencyCodes(String agencyCodes) {
        this.agencyCodes = agencyCodes;
    }

    public Set<ApplicantKind> getApplicants() {
        return applicants;
    }

    public void setApplicants(Set<ApplicantKind> applicants) {
        this.applicants = applicants == null ? EnumSet.noneOf(ApplicantKind.class) : applicants;
    }

    public String getConditions() {
        return conditions;
    }

    public void setConditions(String conditions) {
        this.conditions = conditions;
    }

    public String getFormJson() {
        return formJson;
    }

    public void setFormJson(String formJson) {
        this.formJson = formJson;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public List<ChannelRow> getChannels() {
        return channels;
    }

    public void setChannels(List<ChannelRow> channels) {
        this.channels = channels;
    }

    public List<FeeRow> getFees() {
        return fees;
    }

    public void setFees(List<FeeRow> fees) {
        this.fees = fees;
    }

    public List<DocumentRow> getDocuments() {
        return documents;
    }

    public void setDocuments(List<DocumentRow> documents) {
        this.documents = documents;
    }

    public List<ResultRow> getResults() {
        return results;
    }

    public void setResults(List<ResultRow> results) {
        this.results = results;
    }

    public List<LegalRow> getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(List<LegalRow> legalBasis) {
        this.legalBasis = legalBasis;
    }

    public List<StepRow> getSteps() {
        return steps;
    }

    public void setSteps(List<StepRow> steps) {
        this.steps = steps;
    }
}
