package vn.civic.identity;

import java.util.List;
import java.util.Optional;

/**
 * What other modules may read of the accounts. Implemented inside the identity module; nobody else reads its tables.
 */
public interface AccountDirectory {

    Optional<AccountView> findById(long accountId);

    /** By the name the person signs in with, ignoring case. */
    Optional<AccountView> findByUsername(String username);

    /**
     * The citizen account with this personal identification number (spaces ignored), e.g. to link an e-ID sign-in to
     * the account; empty for an invalid number.
     */
    Optional<AccountView> findByPersonalIdNumber(String personalIdNumber);

    /** The business account with this tax code. */
    Optional<AccountView> findByTaxCode(String taxCode);

    /** Active staff of an agency, by name. */
    List<AccountView> activeStaffOf(long agencyId);
}
