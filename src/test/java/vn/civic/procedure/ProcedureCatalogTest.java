package vn.civic.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.civic.org.AgencyKind;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.procedure.StepDefinition.AgencyTarget;
import vn.civic.procedure.StepDefinition.StepKind;
import vn.civic.procedure.domain.ProcedureDocument;
import vn.civic.procedure.domain.ProcedureEditor;
import vn.civic.test.CivicTest;

/** The catalogue other modules read: the seeded procedures, versions kept for dossiers, the rules of a document. */
@CivicTest
class ProcedureCatalogTest {

    @Autowired
    ProcedureCatalog catalog;

    @Autowired
    ProcedureEditor editor;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void demoCatalogueHoldsTheRealProceduresWithTheirTermsAndSteps() {
        for (String code : List.of(
                "1.001193",
                "1.000656",
                "1.000894",
                "1.004873",
                "2.000635",
                "2.000815",
                "1.004194",
                "1.004222",
                "1.001612",
                "1.009994",
                "2.000986",
                "2.000488")) {
            ProcedureView p = catalog.findByCode(code).orElseThrow(() -> new AssertionError(code));
            assertThat(p.active()).isTrue();
            assertThat(p.steps().getFirst().kind()).isEqualTo(StepKind.RECEIVE);
            assertThat(p.steps().getLast().kind()).isEqualTo(StepKind.RETURN);
            BigDecimal total =
                    p.steps().stream().map(StepDefinition::workingDays).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal limit = p.channels().getFirst().time().amount();
            assertThat(total).as(code).isEqualByComparingTo(limit);
            assertThat(p.form().fields()).as(code).isNotEmpty();
        }
        ProcedureView birth = catalog.findByCode("1.001193").orElseThrow();
        assertThat(birth.name()).isEqualTo("Đăng ký khai sinh");
        assertThat(birth.form().fields())
                .extracting(FormField::profileKey)
                .contains("applicant.fullName", "child.birthDate", "mother.fullName");
        ProcedureView residence = catalog.findByCode("1.004194").orElseThrow();
        assertThat(residence.terms(Channel.ONLINE).orElseThrow().fees())
                .extracting(Fee::amount)
                .containsExactly(10_000L);
        assertThat(residence.form().fields())
                .anyMatch(f ->
                        f.type() == FormField.FieldType.GROUP && !f.fields().isEmpty());
    }

    @Test
    void linkedProcedureCrossesTheWardThePoliceAndSocialInsurance() {
        ProcedureView linked = catalog.findByCode("2.000986").orElseThrow();
        assertThat(linked.steps())
                .extracting(StepDefinition::kind, StepDefinition::target, StepDefinition::agencyKind)
                .containsExactly(
                        tuple(StepKind.RECEIVE, AgencyTarget.RECEIVING, null),
                        tuple(StepKind.PROCESS, AgencyTarget.RECEIVING, null),
                        tuple(StepKind.APPROVE, AgencyTarget.RECEIVING, null),
                        tuple(StepKind.PROCESS, AgencyTarget.SERVING, AgencyKind.POLICE),
                        tuple(StepKind.APPROVE, AgencyTarget.SERVING, AgencyKind.POLICE),
                        tuple(StepKind.PROCESS, AgencyTarget.SERVING, AgencyKind.SOCIAL_INSURANCE),
                        tuple(StepKind.RETURN, AgencyTarget.RECEIVING, null));
    }

    @Test
    void versionFiledAgainstStaysAsSavedAfterAnEdit() {
        String code = ProcedureTesting.code();
        ProcedureEditor.ProcedureDetails created =
                editor.create(ProcedureTesting.document(code, "Thủ tục phiên bản " + code));
        long firstVersion = created.procedure().versionId();

        ProcedureDocument edited = new ProcedureDocument(
                code,
                "Thủ tục đã sửa " + code,
                created.procedure().sector(),
                null,
                ServiceLevel.PARTLY_ONLINE,
                "COMMUNE",
                List.of(),
                created.procedure().channels(),
                created.procedure().documents(),
                created.procedure().applicants(),
                created.procedure().results(),
                created.procedure().legalBasis(),
                null,
                created.procedure().form(),
                created.procedure().steps());
        editor.update(code, created.rowVersion(), edited);

        ProcedureView current = catalog.findByCode(code).orElseThrow();
        assertThat(current.version()).isEqualTo(2);
        assertThat(current.name()).isEqualTo("Thủ tục đã sửa " + code);
        assertThat(current.versionId()).isNotEqualTo(firstVersion);
        ProcedureView filed = catalog.findVersion(firstVersion).orElseThrow();
        assertThat(filed.version()).isEqualTo(1);
        assertThat(filed.name()).isEqualTo("Thủ tục phiên bản " + code);
        assertThat(filed.serviceLevel()).isEqualTo(ServiceLevel.FULLY_ONLINE);
        assertThat(filed.conditions()).isEqualTo("Điều kiện thử nghiệm");
        assertThat(jdbc.queryForObject(
                        "select count(*) from procedure_version v join procedure p on p.id = v.procedure_id where p.code = ?",
                        Integer.class,
                        code))
                .isEqualTo(2);
    }

    @Test
    void documentBreakingTheRulesIsRefusedWithEveryViolation() {
        String code = ProcedureTesting.code();
        ProcedureDocument valid = ProcedureTesting.document(code, "Thủ tục sai " + code);
        ProcedureDocument broken = new ProcedureDocument(
                "1.23",
                valid.name(),
                valid.sector(),
                null,
                valid.serviceLevel(),
                "COMMUNE",
                List.of("000.99.99.X99"),
                List.of(new ChannelTerms(
                        Channel.ONLINE, ProcessingTime.workingDays(1), List.of(new Fee("Phí", -1, null)), null)),
                List.of(valid.documents().getFirst(), valid.documents().getFirst()),
                valid.applicants(),
                valid.results(),
                valid.legalBasis(),
                null,
                new FormDefinition(List.of(
                        new FormField(
                                "1bad",
                                FormField.FieldType.TEXT,
                                "A",
                                null,
                                null,
                                false,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        new FormField(
                                "pick",
                                FormField.FieldType.CHOICE,
                                "B",
                                null,
                                null,
                                false,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        new FormField(
                                "items",
                                FormField.FieldType.GROUP,
                                "C",
                                null,
                                null,
                                false,
                                null,
                                null,
                                null,
                                List.of(new FormField(
                                        "inner",
                                        FormField.FieldType.GROUP,
                                        "D",
                                        null,
                                        null,
                                        false,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null)),
                                null,
                                null))),
                List.of(
                        ProcedureTesting.step(1, StepKind.PROCESS, "1"),
                        new StepDefinition(
                                3, StepKind.PROCESS, "Công an", AgencyTarget.SERVING, null, null, null, BigDecimal.ONE),
                        new StepDefinition(
                                3,
                                StepKind.APPROVE,
                                "Sở",
                                AgencyTarget.FIXED,
                                null,
                                "000.99.99.X98",
                                null,
                                BigDecimal.ONE)));

        assertThatThrownBy(() -> editor.create(broken))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field, FieldViolation::code)
                                .contains(
                                        tuple("code", "code_pattern"),
                                        tuple("agencyCodes[0]", "agency_unknown"),
                                        tuple("channels[0].fees[0].amount", "fee_negative"),
                                        tuple("documents[1].code", "document_code_duplicate"),
                                        tuple("steps[0].kind", "step_first_receive"),
                                        tuple("steps[1].order", "step_order"),
                                        tuple("steps[1].agencyKind", "step_agency_kind_required"),
                                        tuple("steps[2].kind", "step_last_return"),
                                        tuple("steps[2].agencyCode", "agency_unknown"),
                                        tuple("steps", "steps_exceed_time_limit"),
                                        tuple("form.fields[0].name", "field_name_invalid"),
                                        tuple("form.fields[1].choices", "choices_required"),
                                        tuple("form.fields[2].fields[0].type", "group_nested")));
        assertThat(catalog.findByCode("1.23")).isEmpty();
    }
}
