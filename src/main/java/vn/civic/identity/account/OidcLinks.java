package vn.civic.identity.account;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OidcLinks extends JpaRepository<OidcLink, Long> {

    Optional<OidcLink> findByProviderIdAndSubject(String providerId, String subject);

    long countByAccountId(long accountId);

    /** Forgets an account's links: its next sign-in through a provider is matched again, as a first one. */
    @Modifying
    @Query("delete from OidcLink l where l.accountId = :accountId")
    int deleteByAccountId(@Param("accountId") long accountId);
}
