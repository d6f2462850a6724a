package vn.civic.identity.client.api;

import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A test-only endpoint guarded by a privilege that a scope grants ({@code org.read} → {@code ORG_READ}), so that the
 * tests can show a token's scopes limiting what it may call while the real {@code /api/org/**} is built elsewhere.
 */
@RestController
class OrgReadProbeController {

    static final String PATH = "/api/test/org-read-probe";

    @GetMapping(PATH)
    @PreAuthorize("hasAuthority('ORG_READ')")
    Map<String, String> probe() {
        return Map.of("privilege", "ORG_READ");
    }
}
