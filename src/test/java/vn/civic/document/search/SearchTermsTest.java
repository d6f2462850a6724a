package vn.civic.document.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a query's words and codes become PostgreSQL's text query, and which codes the index keeps of a text. */
class SearchTermsTest {

    @Test
    void theIndexKeepsEveryCodeOfARunFromEachWordOnThatHoldsADigit() {
        assertThat(SearchTerms.codesOf("can cu so:12/qd-ubnd ngay 12/05/2025 v/v ha-noi van-ban-1.pdf"))
                .isEqualTo("so12qdubnd 12qdubnd 12052025 052025 vanban1pdf ban1pdf 1pdf");
    }

    @Test
    void aLongRunIsCutAndManyRunsStopAtTheLimit() {
        String longRun = "1-" + "a".repeat(100);
        assertThat(SearchTerms.codesOf(longRun)).hasSize(SearchTerms.CODE_LENGTH);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < SearchTerms.MAX_CODES + 10; i++) {
            text.append(i).append("/x ");
        }
        assertThat(SearchTerms.codesOf(text.toString()).split(" ")).hasSize(SearchTerms.MAX_CODES);
    }

    @Test
    void aCodeIsSearchedAsTheStartOfOneWordAndOtherWordsAsWords() {
        SearchTerms terms = SearchTerms.parse("12/QĐ-UBND quy hoạch ");
        assertThat(terms.hasCodes()).isTrue();
        assertThat(terms.tsQuery()).isEqualTo("12qdubnd:* & quy & hoach");
        assertThat(terms.phrases())
                .as("where the code starts and ends is checked on the text")
                .containsExactly("(^|[^a-z0-9])12[^a-z0-9]+qd[^a-z0-9]+ubnd([^a-z0-9]|$)");
    }

    @Test
    void wordsJoinedWithoutADigitOrQuotedAreNotCodes() {
        SearchTerms terms = SearchTerms.parse("QĐ-UBND \"12 tháng\" ");
        assertThat(terms.hasCodes()).isFalse();
        assertThat(terms.tsQuery()).isEqualTo("qd & ubnd & 12 & thang");
    }
}
