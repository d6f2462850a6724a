package vn.civic.identity.client.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApiClients extends JpaRepository<ApiClient, Long> {

    Optional<ApiClient> findByClientId(String clientId);

    Optional<ApiClient> findByExternalIssuerAndExternalClientId(String externalIssuer, String externalClientId);

    boolean existsByAgencyCodeAndSubsystem(String agencyCode, String subsystem);

    List<ApiClient> findAllByOrderByAgencyCodeAscClientIdAsc();
}
