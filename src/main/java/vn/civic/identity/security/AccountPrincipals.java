package vn.civic.identity.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import vn.civic.identity.AccountView;
import vn.civic.org.AgencyView;
import vn.civic.org.OrgDirectory;

/** Turns an account into the principal and authorities of a session, whichever way the person signed in. */
@Component
public class AccountPrincipals {

    private final OrgDirectory org;

    AccountPrincipals(OrgDirectory org) {
        this.org = org;
    }

    public CivicPrincipal principal(AccountView account) {
        String agencyCode = account.agencyId() == null
                ? null
                : org.findAgency(account.agencyId()).map(AgencyView::code).orElse(null);
        return new CivicPrincipal(
                account.id(), account.username(), account.fullName(), account.kind(), account.agencyId(), agencyCode);
    }

    public static Collection<GrantedAuthority> authorities(AccountView account) {
        return account.privileges().stream()
                .map(p -> (GrantedAuthority) new SimpleGrantedAuthority(p.authority()))
                .toList();
    }
}
