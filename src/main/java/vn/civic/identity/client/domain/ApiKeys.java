package vn.civic.identity.client.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

public interface ApiKeys extends JpaRepository<ApiKey, Long> {

    Optional<ApiKey> findByPrefix(String prefix);

    boolean existsByPrefix(String prefix);

    List<ApiKey> findByApiClientIdOrderByCreatedAtDescIdDesc(long apiClientId);

    /**
     * Records a use, unless a use at or after {@code staleBefore} is already recorded: at most one write per key and
     * interval, whatever the request rate.
     */
    @Transactional
    @Modifying
    @Query("update ApiKey k set k.lastUsedAt = :now where k.id = :id"
            + " and (k.lastUsedAt is null or k.lastUsedAt < :staleBefore)")
    int recordUse(long id, Instant now, Instant staleBefore);
}
