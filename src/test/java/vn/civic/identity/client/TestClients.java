package vn.civic.identity.client;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import vn.civic.org.OrgDirectory;
import vn.civic.org.demo.DemoAgencies;

/** Registers uniquely named clients for tests that share one database. */
public final class TestClients {

    private TestClients() {}

    public static String uniqueId(String stem) {
        return stem + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    /** A client of Hà Nội's People's Committee with the given scopes; returns its secret in clear. */
    public static IssuedCredential register(ApiClientRegistry registry, OrgDirectory org, ApiScope... scopes) {
        return register(registry, org, null, null, scopes);
    }

    public static IssuedCredential register(
            ApiClientRegistry registry,
            OrgDirectory org,
            String externalIssuer,
            String externalClientId,
            ApiScope... scopes) {
        String id = uniqueId("test");
        long agencyId = org.findAgencyByCode(DemoAgencies.HANOI).orElseThrow().id();
        Set<ApiScope> granted = scopes.length == 0 ? Set.of() : EnumSet.of(scopes[0], scopes);
        return registry.register(new RegisterClientCommand(
                id,
                "Hệ thống thử nghiệm " + id,
                agencyId,
                id.toUpperCase(),
                granted,
                externalIssuer,
                externalClientId));
    }
}
