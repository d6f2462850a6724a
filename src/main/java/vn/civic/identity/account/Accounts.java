package vn.civic.identity.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.civic.identity.AccountKind;

public interface Accounts extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);

    /** A citizen and a staff member may be the same person: the number is unique per kind of account. */
    Optional<Account> findByKindAndPersonalIdNumber(AccountKind kind, String personalIdNumber);

    Optional<Account> findByTaxCode(String taxCode);

    List<Account> findByEmailAndActiveTrue(String email);

    List<Account> findByKindAndAgencyIdAndActiveTrueOrderByFullName(AccountKind kind, long agencyId);

    /** Staff of the given agencies whose folded name, username or email contains {@code text} (blank for all). */
    @Query("select a from Account a where a.kind = vn.civic.identity.AccountKind.STAFF and a.agencyId in :agencies"
            + " and (:text = '' or a.searchText like concat('%', :text, '%'))"
            + " and (:active is null or a.active = :active)")
    Page<Account> searchStaff(
            @Param("agencies") Collection<Long> agencies,
            @Param("text") String text,
            @Param("active") Boolean active,
            Pageable page);
}
