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

    /** Current and former units directly under a unit. */
    List<AdministrativeUnit> findByParentIdOrderByName(long parentId);

    /** Current and former units at the top. */
    List<AdministrativeUnit> findByParentIdIsNullOrderByName();

    /** Every current unit, from the top level down, for pickers. */
    @Query("select u from AdministrativeUnit u where u.validTo is null order by u.level.depth, u.name")
    List<AdministrativeUnit> findCurrentByLevel();

    boolean existsByParentIdAndValidToIsNull(long parentId);

    /** The highest level (smallest depth) among the units directly under a unit, or null when it has none. */
    @Query("select min(u.level.depth) from AdministrativeUnit u where u.parentId = ?1")
    Integer findHighestChildDepth(long parentId);
}
