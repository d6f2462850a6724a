package vn.civic.identity.account;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.civic.identity.AccountDirectory;
import vn.civic.identity.AccountKind;
import vn.civic.identity.AccountView;
import vn.civic.identity.PersonalIdNumber;
import vn.civic.identity.TaxCode;

/** The accounts as stored in the identity module's tables. */
@Service
@Transactional(readOnly = true)
class StoredAccountDirectory implements AccountDirectory {

    private final Accounts accounts;

    StoredAccountDirectory(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<AccountView> findById(long accountId) {
        return accounts.findById(accountId).map(Account::view);
    }

    @Override
    public Optional<AccountView> findByUsername(String username) {
        return username == null
                ? Optional.empty()
                : accounts.findByUsername(AccountRegistry.normaliseUsername(username))
                        .map(Account::view);
    }

    @Override
    public Optional<AccountView> findByPersonalIdNumber(String personalIdNumber) {
        String digits = PersonalIdNumber.normalise(personalIdNumber);
        return digits == null || digits.length() != PersonalIdNumber.LENGTH
                ? Optional.empty()
                : accounts.findByKindAndPersonalIdNumber(AccountKind.CITIZEN, digits)
                        .map(Account::view);
    }

    @Override
    public Optional<AccountView> findByTaxCode(String taxCode) {
        String code = TaxCode.normalise(taxCode);
        return code == null || code.isEmpty()
                ? Optional.empty()
                : accounts.findByTaxCode(code).map(Account::view);
    }

    @Override
    public List<AccountView> activeStaffOf(long agencyId) {
        return accounts.findByKindAndAgencyIdAndActiveTrueOrderByFullName(AccountKind.STAFF, agencyId).stream()
                .map(Account::view)
                .toList();
    }
}
