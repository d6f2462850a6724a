package vn.civic.document.outgoing.web.bench;

import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.civic.document.outgoing.BenchNumbers;

/**
 * The benchmark's {@code document-numbers} scenario (the {@code bench} profile only): {@code POST
 * /bench/documents/numbers} in a signed-in clerk's session takes the next number of the agency's outgoing register and
 * writes it, in one transaction. bench/run.sh checks afterwards that the register holds no duplicate and no gap.
 */
@Controller
@Profile("bench")
class BenchNumbersController {

    static final String PATH = "/bench/documents/numbers";

    private final BenchNumbers numbers;

    BenchNumbersController(BenchNumbers numbers) {
        this.numbers = numbers;
    }

    @PostMapping(PATH)
    @PreAuthorize("hasAuthority('DOCUMENT_REGISTER')")
    @ResponseBody
    Map<String, String> issue() {
        return Map.of("numberSymbol", numbers.issueNumber());
    }
}
