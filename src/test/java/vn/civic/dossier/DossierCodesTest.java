package vn.civic.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.civic.dossier.DossierTesting.FORM_DOCUMENT;
import static vn.civic.dossier.DossierTesting.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.civic.identity.AccountDirectory;
import vn.civic.procedure.ApplicantKind;
import vn.civic.procedure.Channel;
import vn.civic.procedure.ProcedureView;
import vn.civic.procedure.domain.ProcedureEditor;
import vn.civic.test.CivicTest;

/** Dossier codes: the configured pattern, and a daily sequence per agency that stays unique and gapless under load. */
@CivicTest
class DossierCodesTest {

    @Autowired
    ProcedureEditor procedureEditor;

    @Autowired
    DossierSubmission submission;

    @Autowired
    AccountDirectory accounts;

    @Test
    void patternTokensMakeTheCode() {
        LocalDate day = LocalDate.of(2026, 12, 1);
        assertThat(DossierCodes.format("{agency}-{date:yyMMdd}-{seq:4}", "000.01.31.H26", day, 7))
                .isEqualTo("000.01.31.H26-261201-0007");
        assertThat(DossierCodes.format("G09.20-{date:yyyyMMdd}-{seq:7}", "x", day, 92637))
                .isEqualTo("G09.20-20261201-0092637");
    }

    @Test
    void eightClerksSubmittingAtOnceGetTwoHundredDistinctConsecutiveCodes() throws Exception {
        ProcedureView procedure = DossierTesting.communeProcedure();
        DossierTesting.install(procedureEditor, procedure);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<List<String>>> clerks = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            clerks.add(() -> {
                List<String> codes = new ArrayList<>();
                for (int i = 0; i < 25; i++) {
                    codes.add(DossierTesting.as(
                            accounts,
                            "vanthu.hoankiem",
                            () -> submission
                                    .receiveAtCounter(new CounterSubmission(
                                            procedure.code(),
                                            Channel.IN_PERSON,
                                            new ApplicantDetails(
                                                    ApplicantKind.CITIZEN, "Đỗ Văn Nam", "001099123456", null, null),
                                            data(),
                                            List.of(),
                                            Set.of(FORM_DOCUMENT),
                                            null))
                                    .code()));
                }
                return codes;
            });
        }
        List<String> codes = new ArrayList<>();
        try {
            for (Future<List<String>> result : pool.invokeAll(clerks)) {
                codes.addAll(result.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(codes).hasSize(200).doesNotHaveDuplicates();
        List<Integer> sequence = codes.stream()
                .map(code -> Integer.parseInt(code.substring(code.lastIndexOf('-') + 1)))
                .sorted()
                .toList();
        assertThat(sequence.getLast() - sequence.getFirst()).isEqualTo(199);
        assertThat(codes).allMatch(code -> code.startsWith("000.01.31.H26-"));
    }
}
