package vn.civic.payment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.civic.payment.receipt.VietnameseAmounts;

class VietnameseAmountsTest {

    @Test
    void amountsReadAsAReceiptWritesThem() {
        assertThat(VietnameseAmounts.inWords(7_000)).isEqualTo("Bảy nghìn đồng");
        assertThat(VietnameseAmounts.inWords(15_000)).isEqualTo("Mười lăm nghìn đồng");
        assertThat(VietnameseAmounts.inWords(100_000)).isEqualTo("Một trăm nghìn đồng");
        assertThat(VietnameseAmounts.inWords(205_000)).isEqualTo("Hai trăm linh năm nghìn đồng");
        assertThat(VietnameseAmounts.inWords(1_250_000)).isEqualTo("Một triệu hai trăm năm mươi nghìn đồng");
        assertThat(VietnameseAmounts.inWords(2_005_021))
                .isEqualTo("Hai triệu không trăm linh năm nghìn không trăm hai mươi mốt đồng");
    }
}
