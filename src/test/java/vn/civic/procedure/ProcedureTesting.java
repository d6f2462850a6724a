package vn.civic.procedure;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import vn.civic.procedure.FormField.FieldType;
import vn.civic.procedure.RequiredDocument.CopyKind;
import vn.civic.procedure.StepDefinition.AgencyTarget;
import vn.civic.procedure.StepDefinition.StepKind;
import vn.civic.procedure.domain.ProcedureDocument;

/**
 * What the procedure tests share. Tests share one database with the demo catalogue: they create procedures under
 * fresh codes starting with 9 (no national code does) and never change the demo procedures.
 */
final class ProcedureTesting {

    private ProcedureTesting() {}

    /** A fresh national-shaped code: {@code 9.123456}. */
    static String code() {
        return "9." + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    }

    /** A valid commune-level procedure with a word that no other procedure has. */
    static ProcedureDocument document(String code, String name) {
        return new ProcedureDocument(
                code,
                name,
                new Sector("TEST-" + code, "Lĩnh vực thử nghiệm " + code),
                ProcedureStatus.ACTIVE,
                ServiceLevel.FULLY_ONLINE,
                "COMMUNE",
                List.of(),
                List.of(
                        new ChannelTerms(
                                Channel.ONLINE,
                                ProcessingTime.workingDays(3),
                                List.of(new Fee("Lệ phí thử nghiệm", 15_000, null)),
                                null),
                        new ChannelTerms(Channel.IN_PERSON, ProcessingTime.workingDays(3), List.of(), null)),
                List.of(new RequiredDocument(
                        "TK", "Tờ khai thử nghiệm", Set.of(CopyKind.ORIGINAL, CopyKind.E_COPY), true, "Mẫu TK-01")),
                Set.of(ApplicantKind.CITIZEN),
                List.of(new ResultDocument("KQ", "Giấy xác nhận thử nghiệm")),
                List.of(new LegalBasis("60/2014/QH13", "Luật Hộ tịch")),
                "Điều kiện thử nghiệm",
                new FormDefinition(List.of(new FormField(
                        "fullName",
                        FieldType.TEXT,
                        "Họ và tên",
                        "Full name",
                        null,
                        true,
                        "applicant.fullName",
                        null,
                        100,
                        null,
                        null,
                        null))),
                List.of(
                        step(1, StepKind.RECEIVE, "1"),
                        step(2, StepKind.PROCESS, "1.5"),
                        step(3, StepKind.RETURN, "0.5")));
    }

    static StepDefinition step(int order, StepKind kind, String days) {
        return new StepDefinition(
                order, kind, "Bước " + order, AgencyTarget.RECEIVING, null, null, null, new BigDecimal(days));
    }
}
