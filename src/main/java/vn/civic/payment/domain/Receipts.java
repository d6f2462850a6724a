package vn.civic.payment.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Receipts extends JpaRepository<Receipt, Long> {

    Optional<Receipt> findByOrderId(long orderId);
}
