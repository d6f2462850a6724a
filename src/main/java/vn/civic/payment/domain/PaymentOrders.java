package vn.civic.payment.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PaymentOrders extends JpaRepository<PaymentOrder, Long> {

    Optional<PaymentOrder> findByOrderRef(String orderRef);

    List<PaymentOrder> findByReferenceOrderByIdDesc(String reference);

    @Query("select o.id from PaymentOrder o where o.status = vn.civic.payment.PaymentStatus.PENDING"
            + " and o.createdAt < :before order by o.id")
    List<Long> pendingSince(Instant before);

    /** Ends a pending order; 0 when another node or a callback got there first (the cluster-safe guard). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update PaymentOrder o set o.status = :status, o.version = o.version + 1"
            + " where o.id = :id and o.status = vn.civic.payment.PaymentStatus.PENDING")
    int endPending(long id, vn.civic.payment.PaymentStatus status);
}
