package vn.civic.platform.web;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The benchmark's ceiling, served only under the {@code bench} profile: {@code GET /bench/bare} goes through the same
 * server, filters and security chain as every page and does no work behind them. BENCHMARKS.md compares the real
 * endpoints with it.
 */
@Controller
@Profile("bench")
class BareEndpointController {

    static final String PATH = "/bench/bare";

    @GetMapping(PATH)
    @ResponseBody
    String bare() {
        return "ok";
    }
}
