package vn.civic.org.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AdministrativeUnits extends JpaRepository<AdministrativeUnit, Long> {

    Optional<AdministrativeUnit> findByCode(String code);

    @Query("select u from AdministrativeUnit u where u.parentId is null and u.validTo is null order by u.name")
    List<AdministrativeUnit> findCurrentTopUnits();

    @Query("select u from AdministrativeUnit u where u.parentId = ?1 and u.validTo is null order by u.name")
    List<AdministrativeUnit> findCurrentUnder(long parentId);
}
