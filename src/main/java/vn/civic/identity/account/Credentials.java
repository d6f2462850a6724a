package vn.civic.identity.account;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Credentials extends JpaRepository<Credential, Long> {

    /** The row locked until the transaction ends, so that concurrent failed sign-ins each count. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Credential c where c.accountId = :accountId")
    Optional<Credential> lockById(@Param("accountId") long accountId);
}
