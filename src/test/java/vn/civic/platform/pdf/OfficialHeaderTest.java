package vn.civic.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OfficialHeaderTest {

    @Test
    void daysBelowTenAndJanuaryAndFebruaryGetALeadingZero() {
        assertThat(header(2026, 2, 5).day()).isEqualTo("05");
        assertThat(header(2026, 2, 5).month()).isEqualTo("02");
        assertThat(header(2026, 1, 31).month()).isEqualTo("01");
        assertThat(header(2026, 3, 9).month()).isEqualTo("3");
        assertThat(header(2026, 12, 1).day()).isEqualTo("01");
        assertThat(header(2026, 12, 10).day()).isEqualTo("10");
    }

    private static OfficialHeader header(int year, int month, int day) {
        return new OfficialHeader(
                "Ủy ban nhân dân thành phố Hà Nội",
                "Ủy ban nhân dân phường Hoàn Kiếm",
                "Hà Nội",
                LocalDate.of(year, month, day));
    }
}
