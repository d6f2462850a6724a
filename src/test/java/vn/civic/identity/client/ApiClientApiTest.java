package vn.civic.identity.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.civic.identity.client.ClientCredentialsTokenTest.assertProblem;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.security.Privilege;
import vn.civic.test.CivicTest;
import vn.civic.test.TestActors;
import vn.civic.test.TestActors.TestActor;

/**
 * The clients' API endpoints check their privilege like any other: staff actors set by {@link TestActors} pass
 * through the stateless API chain, machine clients are held to their scopes.
 */
@CivicTest
class ApiClientApiTest {

    static final TestActor ADMIN = TestActors.staff(1, "000.00.00.H26");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiClientRegistry registry;

    @Autowired
    OrgDirectory org;

    @LocalServerPort
    int port;

    @Test
    void clientManagerListsTheRegisteredClientsWithoutSecrets() throws Exception {
        IssuedCredential client = TestClients.register(registry, org, ApiScope.ORG_READ);

        String body = mvc.perform(get("/api/clients").with(TestActors.as(ADMIN, Privilege.API_CLIENT_MANAGE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.clientId == 'lgsp-hanoi')].memberId").value("VN:GOV:000.00.00.H26:LGSP"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(body)
                .contains(client.client().clientId())
                .doesNotContain(client.value())
                .doesNotContain("secret");
    }

    @Test
    void listingClientsNeedsApiClientManage() throws Exception {
        mvc.perform(get("/api/clients").with(TestActors.as(ADMIN, Privilege.ADMIN_ACCESS, Privilege.ORG_READ)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("access_denied"));
    }

    @Test
    void machineClientCannotListClientsWhateverItsScopes() {
        IssuedCredential client = TestClients.register(registry, org, ApiScope.ORG_READ);
        ApiCalls api = new ApiCalls(port);
        String token = api.accessToken(client.client().clientId(), client.value(), "org.read");

        assertProblem(api.withBearer("/api/clients", token), 403, "access_denied");
    }

    @Test
    void callingClientEndpointIsForMachineClientsOnly() throws Exception {
        mvc.perform(get("/api/clients/me").with(TestActors.as(ADMIN, Privilege.values())))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("access_denied"));
    }

    @Test
    void anonymousCallerIsAskedToAuthenticate() throws Exception {
        mvc.perform(get("/api/clients"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("unauthenticated"));
    }

    @Test
    void apiMakesNoSession() {
        var response = new ApiCalls(port).withApiKey("/api/clients/me", "civic_lgsphn26_demo-key-of-the-hanoi-lgsp");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }
}
