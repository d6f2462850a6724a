package vn.civic.dossier.forms;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.civic.dossier.DossierView;
import vn.civic.dossier.forms.ElectronicResult.Kind;
import vn.civic.dossier.forms.ElectronicResult.Line;
import vn.civic.identity.IdentityProperties;
import vn.civic.platform.i18n.I18nConfig;
import vn.civic.platform.pdf.PdfRenderer;
import vn.civic.procedure.FormField;
import vn.civic.procedure.FormField.FieldType;
import vn.civic.procedure.ProcedureView;
import vn.civic.procedure.ResultDocument;

/**
 * Electronic results generated from a dossier's data (always in Vietnamese, the language of official documents): the
 * birth-registration extract for procedure 1.001193 from its e-form, and for every other procedure a certificate
 * naming the procedure's result, the applicant and the e-form's main fields. The heading, number and date follow
 * Decree 30/2020; the signature block names the approving leader, or the agency when only its seal signs.
 */
@Component
public class ResultDocuments {

    /** Đăng ký khai sinh. */
    public static final String BIRTH_REGISTRATION = "1.001193";

    static final String TEMPLATE = "dossierforms/e-result";
    static final int MAX_CERTIFICATE_LINES = 12;

    private static final List<String> CHILD = List.of(
            "child.fullName",
            "child.birthDate",
            "child.gender",
            "child.ethnicity",
            "child.birthPlace",
            "child.hometown");
    private static final List<String> MOTHER = List.of(
            "mother.fullName",
            "mother.birthDate",
            "mother.personalIdNumber",
            "mother.ethnicity",
            "mother.nationality",
            "mother.address");
    private static final List<String> FATHER = List.of(
            "father.fullName",
            "father.birthDate",
            "father.personalIdNumber",
            "father.ethnicity",
            "father.nationality",
            "father.address");
    /** Shown in the certificate's own lines, or contact data that has no place on a result. */
    private static final Set<String> NOT_ON_CERTIFICATE =
            Set.of("applicant.fullName", "applicant.personalIdNumber", "applicant.phone", "applicant.email");

    private final PdfRenderer renderer;
    private final OfficialHeaders headers;
    private final Addresses addresses;
    private final MessageSource messages;
    private final String verifyUrl;

    ResultDocuments(
            PdfRenderer renderer,
            OfficialHeaders headers,
            Addresses addresses,
            MessageSource messages,
            IdentityProperties identity) {
        this.renderer = renderer;
        this.headers = headers;
        this.addresses = addresses;
        this.messages = messages;
        this.verifyUrl = identity.publicUrl().resolve("/verify-signature").toString();
    }

    /**
     * The result of a finished dossier.
     *
     * @param issuingAgencyId the agency that issues it (where the leader approved)
     * @param documentNumber number and symbol
     * @param signerPosition the leader's position, or null
     * @param signerName the leader's name, or null when only the seal signs
     */
    public ElectronicResult of(
            DossierView dossier,
            ProcedureView procedure,
            long issuingAgencyId,
            String documentNumber,
            String signerPosition,
            String signerName,
            Instant issuedAt) {
        var header = headers.of(issuingAgencyId, issuedAt);
        boolean birth = BIRTH_REGISTRATION.equals(procedure.code());
        List<Line> lines = birth
                ? birthLines(dossier, procedure, header.issuer(), issuedAt)
                : certificateLines(dossier, procedure);
        String title = birth
                ? vietnamese("eresult.birth.title")
                : procedure.results().stream()
                        .map(ResultDocument::name)
                        .findFirst()
                        .map(name -> name.replaceFirst("\\s*\\(.*\\)\\s*$", ""))
                        .orElse(vietnamese("eresult.certificate.title"))
                        .toUpperCase(I18nConfig.VIETNAMESE);
        String role = signerName == null
                ? header.issuer().toUpperCase(I18nConfig.VIETNAMESE)
                : Optional.ofNullable(signerPosition)
                        .orElse(vietnamese("eresult.signer.leader"))
                        .toUpperCase(I18nConfig.VIETNAMESE);
        return new ElectronicResult(
                birth ? Kind.BIRTH_EXTRACT : Kind.CERTIFICATE,
                header,
                documentNumber,
                title,
                dossier.code(),
                procedure.code(),
                procedure.name(),
                lines,
                role,
                signerName,
                verifyUrl);
    }

    /** The result as a PDF, before it is signed. */
    public byte[] pdf(ElectronicResult result) {
        return renderer.pdf(TEMPLATE, Map.of("result", result), I18nConfig.VIETNAMESE);
    }

    /** The result as an HTML document. */
    public String html(ElectronicResult result, Locale locale) {
        return renderer.html(TEMPLATE, Map.of("result", result), locale);
    }

    private List<Line> birthLines(DossierView dossier, ProcedureView procedure, String issuer, Instant issuedAt) {
        List<Line> lines = new ArrayList<>();
        section(lines, "eresult.birth.child", CHILD, dossier, procedure);
        section(lines, "eresult.birth.mother", MOTHER, dossier, procedure);
        section(lines, "eresult.birth.father", FATHER, dossier, procedure);
        lines.add(new Line(vietnamese("eresult.birth.registration"), null));
        lines.add(new Line(vietnamese("eresult.birth.registered-at"), issuer));
        lines.add(new Line(
                vietnamese("eresult.birth.registered-on"),
                issuedAt.atZone(vn.civic.platform.time.CivicTime.ZONE)
                        .toLocalDate()
                        .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))));
        lines.add(new Line(vietnamese("eresult.dossier-code"), dossier.code()));
        return lines;
    }

    /** A heading and the fields with these profile keys that have a value; nothing when none has. */
    private void section(
            List<Line> lines, String heading, List<String> profileKeys, DossierView dossier, ProcedureView procedure) {
        List<Line> section = new ArrayList<>();
        for (String key : profileKeys) {
            procedure.form().fields().stream()
                    .filter(f -> key.equals(f.profileKey()))
                    .findFirst()
                    .map(f -> FieldTexts.of(f, dossier.data().text(f.name()), addresses, I18nConfig.VIETNAMESE))
                    .filter(v -> !v.isBlank())
                    .ifPresent(v -> section.add(new Line(vietnamese("eresult.birth." + key), v)));
        }
        if (!section.isEmpty()) {
            lines.add(new Line(vietnamese(heading), null));
            lines.addAll(section);
        }
    }

    private List<Line> certificateLines(DossierView dossier, ProcedureView procedure) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(vietnamese("eresult.certificate.applicant"), dossier.applicantName()));
        if (dossier.applicantIdNumber() != null && !dossier.applicantIdNumber().isBlank()) {
            lines.add(new Line(vietnamese("eresult.certificate.identifier"), dossier.applicantIdNumber()));
        }
        lines.add(new Line(
                vietnamese("eresult.certificate.procedure"), procedure.name() + " (" + procedure.code() + ")"));
        lines.add(new Line(vietnamese("eresult.dossier-code"), dossier.code()));
        List<Line> content = new ArrayList<>();
        for (FormField field : procedure.form().fields()) {
            if (content.size() >= MAX_CERTIFICATE_LINES
                    || field.type() == FieldType.GROUP
                    || (field.profileKey() != null && NOT_ON_CERTIFICATE.contains(field.profileKey()))) {
                continue;
            }
            String value = FieldTexts.of(field, dossier.data().text(field.name()), addresses, I18nConfig.VIETNAMESE);
            if (!value.isBlank()) {
                content.add(new Line(field.label(), value));
            }
        }
        if (!content.isEmpty()) {
            lines.add(new Line(vietnamese("eresult.certificate.content"), null));
            lines.addAll(content);
        }
        return lines;
    }

    private String vietnamese(String key, Object... args) {
        return messages.getMessage(key, args, I18nConfig.VIETNAMESE);
    }
}
