package vn.civic.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.civic.procedure.Fee.Basis;

/** What a channel's fees come to for what the applicant entered: fixed, by option, with an exemption, per unit. */
class FeeScheduleTest {

    static final ChannelTerms TERMS = new ChannelTerms(
            Channel.ONLINE,
            ProcessingTime.workingDays(3),
            List.of(
                    new Fee("Lệ phí cố định", 15_000, null),
                    new Fee("Miễn lệ phí", 0, "Luật Hộ tịch, Điều 11"),
                    new Fee("Phí bản sao", 8_000, null, Basis.PER_UNIT, "copies", null),
                    new Fee("Phí giảm", 100_000, null, Basis.OPTION, "reduced", "YES"),
                    new Fee("Phí thường", 200_000, null, Basis.EXEMPT_WHEN, "reduced", "YES")),
            null);

    @Test
    void fixedFeesAndTheUnreducedFeeWhenNothingIsChosen() {
        FormData data = new FormData(Map.of());
        assertThat(TERMS.amountOwed(data)).isEqualTo(15_000 + 200_000);
        assertThat(TERMS.feesOwed(data)).extracting(Fee::name).containsExactly("Lệ phí cố định", "Phí thường");
    }

    @Test
    void optionReplacesTheExemptFeeAndCopiesMultiply() {
        FormData data = new FormData(Map.of("reduced", "YES", "copies", "3"));
        assertThat(TERMS.amountOwed(data)).isEqualTo(15_000 + 3 * 8_000 + 100_000);
    }

    @Test
    void aFixedBasisIsStoredAsNone() {
        assertThat(new Fee("Lệ phí", 1, null, Basis.FIXED, null, null).basis()).isNull();
        assertThat(new Fee("Phí", 8_000, null, Basis.PER_UNIT, "copies", null)
                        .owed(new FormData(Map.of("copies", "x"))))
                .isZero();
    }
}
