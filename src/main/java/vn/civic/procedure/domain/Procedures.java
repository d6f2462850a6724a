package vn.civic.procedure.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import vn.civic.platform.text.SearchText;
import vn.civic.procedure.ProcedureStatus;

public interface Procedures extends JpaRepository<Procedure, Long>, JpaSpecificationExecutor<Procedure> {

    /** What {@code findByCode} of the catalogue needs, by the unique index on the code. */
    record Current(long id, Long versionId, ProcedureStatus status) {}

    Optional<Procedure> findByCode(String code);

    @Query("select new vn.civic.procedure.domain.Procedures$Current(p.id, p.currentVersionId, p.status)"
            + " from Procedure p where p.code = :code")
    Optional<Current> findCurrent(String code);

    @Query("select p.status from Procedure p where p.id = :id")
    Optional<ProcedureStatus> findStatus(long id);

    @Query("select distinct p.sectorCode, p.sectorName from Procedure p")
    List<Object[]> findSectors();

    List<Procedure> findAllByOrderByCode();

    /**
     * Procedures matching a search, by name then code.
     *
     * @param query every word must be found, without diacritics and case, in the name, code or sector
     */
    default Page<Procedure> search(ProcedureQuery query, Pageable page) {
        List<Specification<Procedure>> parts = new ArrayList<>();
        for (String word : SearchText.fold(query.text()).split(" ")) {
            if (!word.isEmpty()) {
                String like = "%" + escapeLike(word) + "%";
                parts.add((root, q, cb) -> cb.like(root.get("searchText"), like, '\\'));
            }
        }
        if (query.sectorCode() != null) {
            parts.add((root, q, cb) -> cb.equal(root.get("sectorCode"), query.sectorCode()));
        }
        if (query.serviceLevel() != null) {
            parts.add((root, q, cb) -> cb.equal(root.get("serviceLevel"), query.serviceLevel()));
        }
        if (query.status() != null) {
            parts.add((root, q, cb) -> cb.equal(root.get("status"), query.status()));
        }
        if (query.agencyCode() != null) {
            String like = "%;" + escapeLike(query.agencyCode()) + ";%";
            String level = query.agencyCommitteeLevel();
            parts.add((root, q, cb) -> level == null
                    ? cb.like(root.get("agencyCodes"), like, '\\')
                    : cb.or(
                            cb.like(root.get("agencyCodes"), like, '\\'),
                            cb.and(cb.equal(root.get("agencyCodes"), ""), cb.equal(root.get("levelCode"), level))));
        }
        return findAll(Specification.allOf(parts), page);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
