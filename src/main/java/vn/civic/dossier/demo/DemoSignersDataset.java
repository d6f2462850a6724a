package vn.civic.dossier.demo;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import vn.civic.identity.AccountDirectory;
import vn.civic.identity.AccountView;
import vn.civic.org.AgencyView;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.demo.DemoDataset;
import vn.civic.platform.security.Privilege;
import vn.civic.signature.DemoSigningKeys;
import vn.civic.signature.DemoSigningKeys.DemoSigner;
import vn.civic.signature.SignerKeys;

/**
 * The demo city's signing keys: a seal for every active agency and a personal key for every official who approves
 * dossiers ({@code DOSSIER_APPROVE}), issued by the demo CA into {@code civic.signature.demo-directory} once. After the
 * organisation and the accounts; keys already there are kept.
 */
@Component
@ConditionalOnBooleanProperty("civic.demo.enabled")
class DemoSignersDataset implements DemoDataset {

    private final OrgDirectory org;
    private final AccountDirectory accounts;
    private final DemoSigningKeys keys;

    DemoSignersDataset(OrgDirectory org, AccountDirectory accounts, DemoSigningKeys keys) {
        this.org = org;
        this.accounts = accounts;
        this.keys = keys;
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public void loadIfAbsent() {
        List<DemoSigner> signers = new ArrayList<>();
        for (AgencyView agency : org.activeAgencies()) {
            signers.add(new DemoSigner(SignerKeys.seal(agency.code()), agency.name(), agency.name(), agency.code()));
            for (AccountView official : accounts.activeStaffOf(agency.id())) {
                if (official.privileges().contains(Privilege.DOSSIER_APPROVE)) {
                    signers.add(new DemoSigner(
                            SignerKeys.person(official.username()), official.fullName(), agency.name(), null));
                }
            }
        }
        keys.ensure(signers);
    }

    @Override
    public List<String> banner() {
        return List.of(
                "Demo signing keys (no legal value): civic.signature.demo-directory, trusted on /verify-signature");
    }
}
