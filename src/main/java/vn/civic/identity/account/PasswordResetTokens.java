package vn.civic.identity.account;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PasswordResetTokens extends JpaRepository<PasswordResetToken, Long> {

    Optional<PasswordResetToken> findByTokenHash(String tokenHash);

    /** Locked, so that two submissions of one link cannot both use it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from PasswordResetToken t where t.tokenHash = :hash")
    Optional<PasswordResetToken> lockByTokenHash(@Param("hash") String tokenHash);

    Optional<PasswordResetToken> findFirstByAccountIdOrderByCreatedAtDesc(long accountId);

    /** Spends the account's other open links: only the newest works. */
    @Modifying
    @Query("update PasswordResetToken t set t.usedAt = :now where t.accountId = :accountId and t.usedAt is null")
    int spendOpenTokens(@Param("accountId") long accountId, @Param("now") Instant now);
}
