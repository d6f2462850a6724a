package vn.civic.identity.client.demo;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.civic.identity.client.ApiKeyFormat;
import vn.civic.identity.client.ApiKeyView;
import vn.civic.identity.client.ApiScope;
import vn.civic.identity.client.SecretEncoder;
import vn.civic.identity.client.domain.ApiClient;
import vn.civic.identity.client.domain.ApiClients;
import vn.civic.identity.client.domain.ApiKey;
import vn.civic.identity.client.domain.ApiKeys;
import vn.civic.org.AgencyView;
import vn.civic.org.OrgDirectory;
import vn.civic.org.demo.DemoAgencies;
import vn.civic.platform.audit.AuditLog;
import vn.civic.platform.audit.AuditRecord;
import vn.civic.platform.demo.DemoDataset;

/**
 * The demo city's machine clients: Hà Nội's LGSP, allowed to read the organisation directory, the archive of
 * Phường Hoàn Kiếm, allowed to search the ward's non-confidential documents, and an Open311 application of Hà Nội,
 * allowed to file citizen feedback through the Open311 GeoReport v2 endpoint. Their secrets and API keys are fixed,
 * published values, so the start-up banner can show them after every restart; they exist only where demo data is
 * loaded, which production never does.
 */
@Component
class ApiClientDemoData implements DemoDataset {

    static final String CLIENT_ID = "lgsp-hanoi";
    static final String SECRET = "demo-lgsp-hanoi-secret-2026";
    static final String KEY_PREFIX = "lgsphn26";
    static final String API_KEY = ApiKeyFormat.PREFIX + KEY_PREFIX + "_demo-key-of-the-hanoi-lgsp";

    static final String ARCHIVE_CLIENT_ID = "archive-hoankiem";
    static final String ARCHIVE_KEY_PREFIX = "archhk26";
    /** The archive's key: public like the LGSP's, for the demo and the benchmark's document searches. */
    static final String ARCHIVE_API_KEY =
            ApiKeyFormat.PREFIX + ARCHIVE_KEY_PREFIX + "_demo-key-of-the-hoankiem-archive";

    static final String OPEN311_CLIENT_ID = "open311-hanoi";
    static final String OPEN311_KEY_PREFIX = "openhn26";
    /** The Open311 application's key: public like the others, for the demo, Open311 clients and the benchmark. */
    static final String OPEN311_API_KEY =
            ApiKeyFormat.PREFIX + OPEN311_KEY_PREFIX + "_demo-key-of-the-hanoi-open311-app";

    private final ApiClients clients;
    private final ApiKeys keys;
    private final OrgDirectory org;
    private final AuditLog audit;
    private final Clock clock;

    ApiClientDemoData(ApiClients clients, ApiKeys keys, OrgDirectory org, AuditLog audit, Clock clock) {
        this.clients = clients;
        this.keys = keys;
        this.org = org;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 210;
    }

    @Override
    @Transactional
    public void loadIfAbsent() {
        if (clients.count() > 0) {
            loadOpen311ClientIfAbsent(); // added after the first clients: older demo databases get it too
            return;
        }
        AgencyView hanoi = org.findAgencyByCode(DemoAgencies.HANOI)
                .orElseThrow(() -> new IllegalStateException("The demo city has no agency " + DemoAgencies.HANOI));
        ApiClient client = clients.saveAndFlush(new ApiClient(
                CLIENT_ID,
                "Nền tảng tích hợp, chia sẻ dữ liệu (LGSP) thành phố Hà Nội",
                hanoi.id(),
                hanoi.code(),
                "LGSP",
                Set.of(ApiScope.ORG_READ),
                null,
                null,
                SecretEncoder.encodeSecret(SECRET),
                clock.instant()));
        keys.saveAndFlush(new ApiKey(client.id(), KEY_PREFIX, ApiKeyFormat.hash(API_KEY), clock.instant(), null));
        audit.record(AuditRecord.change(
                "apiclient.created", "ApiClient", CLIENT_ID, null, client.view().summary() + " (demo data)"));

        AgencyView hoanKiem = org.findAgencyByCode(DemoAgencies.HOAN_KIEM)
                .orElseThrow(() -> new IllegalStateException("The demo city has no agency " + DemoAgencies.HOAN_KIEM));
        ApiClient archive = clients.saveAndFlush(new ApiClient(
                ARCHIVE_CLIENT_ID,
                "Hệ thống lưu trữ điện tử Phường Hoàn Kiếm",
                hoanKiem.id(),
                hoanKiem.code(),
                "ARCHIVE",
                Set.of(ApiScope.DOCUMENT_READ),
                null,
                null,
                SecretEncoder.encodeSecret(SECRET + "-archive"),
                clock.instant()));
        keys.saveAndFlush(new ApiKey(
                archive.id(), ARCHIVE_KEY_PREFIX, ApiKeyFormat.hash(ARCHIVE_API_KEY), clock.instant(), null));
        audit.record(AuditRecord.change(
                "apiclient.created",
                "ApiClient",
                ARCHIVE_CLIENT_ID,
                null,
                archive.view().summary() + " (demo data)"));
        loadOpen311ClientIfAbsent();
    }

    /** Hà Nội's Open311 application (scope feedback.write), docs/decisions/0033-open311.md. */
    private void loadOpen311ClientIfAbsent() {
        if (clients.findByClientId(OPEN311_CLIENT_ID).isPresent()) {
            return;
        }
        AgencyView hanoi = org.findAgencyByCode(DemoAgencies.HANOI)
                .orElseThrow(() -> new IllegalStateException("The demo city has no agency " + DemoAgencies.HANOI));
        ApiClient open311 = clients.saveAndFlush(new ApiClient(
                OPEN311_CLIENT_ID,
                "Ứng dụng phản ánh hiện trường Hà Nội (Open311)",
                hanoi.id(),
                hanoi.code(),
                "OPEN311",
                Set.of(ApiScope.FEEDBACK_WRITE),
                null,
                null,
                SecretEncoder.encodeSecret(SECRET + "-open311"),
                clock.instant()));
        keys.saveAndFlush(new ApiKey(
                open311.id(), OPEN311_KEY_PREFIX, ApiKeyFormat.hash(OPEN311_API_KEY), clock.instant(), null));
        audit.record(AuditRecord.change(
                "apiclient.created",
                "ApiClient",
                OPEN311_CLIENT_ID,
                null,
                open311.view().summary() + " (demo data)"));
    }

    /** The demo credentials, while they are still the ones above (an administrator may have rotated them). */
    @Override
    @Transactional(readOnly = true)
    public List<String> banner() {
        List<String> lines = new java.util.ArrayList<>();
        Optional<ApiClient> client = clients.findByClientId(CLIENT_ID).filter(ApiClient::isActive);
        if (client.isPresent()) {
            boolean secretUnchanged =
                    new SecretEncoder().matches(SECRET, client.get().secretHash());
            boolean keyUnchanged = activeKey(KEY_PREFIX);
            if (secretUnchanged || keyUnchanged) {
                lines.add("API client " + CLIENT_ID + " (" + client.get().view().memberId() + ", scope org.read):");
                lines.add(
                        secretUnchanged
                                ? "  token:   curl -u " + CLIENT_ID + ":" + SECRET
                                        + " -d grant_type=client_credentials -d scope=org.read <address above>/oauth2/token"
                                : "  (client secret rotated since)");
                lines.add(keyUnchanged ? "  API key: X-API-Key: " + API_KEY : "  (API key revoked since)");
            }
        }
        if (activeKey(ARCHIVE_KEY_PREFIX)) {
            lines.add("API client " + ARCHIVE_CLIENT_ID + " (scope document.read): X-API-Key: " + ARCHIVE_API_KEY);
        }
        if (activeKey(OPEN311_KEY_PREFIX)) {
            lines.add("Open311 client " + OPEN311_CLIENT_ID + " (scope feedback.write): api_key=" + OPEN311_API_KEY
                    + " at <address above>/open311/v2/discovery.xml");
        }
        return lines;
    }

    private boolean activeKey(String prefix) {
        return keys.findByPrefix(prefix)
                .filter(k -> k.state(clock.instant()) == ApiKeyView.State.ACTIVE)
                .isPresent();
    }
}
