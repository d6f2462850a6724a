package vn.civic.org.domain;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import vn.civic.org.AgencyKind;

public interface Agencies extends JpaRepository<Agency, Long>, JpaSpecificationExecutor<Agency> {

    Optional<Agency> findByCode(String code);

    List<Agency> findByActiveTrueOrderByName();

    Optional<Agency> findFirstByKindAndAdministrativeUnitIdAndActiveTrueOrderById(AgencyKind kind, long unitId);

    List<Agency> findByParentIdOrderByName(long parentId);

    boolean existsByParentIdAndActiveTrue(long parentId);

    /**
     * Agencies whose name or organisation code contains {@code text} (ignoring case), ordered by the page's sort.
     *
     * @param scope the agencies to search among, or null for all
     * @param text what the name or code contains; null or blank for any
     * @param active only active (true) or inactive (false) agencies; null for both
     */
    default Page<Agency> search(Collection<Long> scope, String text, Boolean active, Pageable page) {
        Specification<Agency> matching = (root, query, cb) -> cb.conjunction();
        if (scope != null) {
            matching = matching.and((root, query, cb) ->
                    scope.isEmpty() ? cb.disjunction() : root.get("id").in(scope));
        }
        if (text != null && !text.isBlank()) {
            String like = "%" + escapeLike(text.strip().toLowerCase(Locale.ROOT)) + "%";
            matching = matching.and((root, query, cb) -> cb.or(
                    cb.like(cb.lower(root.get("name")), like, '\\'), cb.like(cb.lower(root.get("code")), like, '\\')));
        }
        if (active != null) {
            matching = matching.and((root, query, cb) -> cb.equal(root.get("active"), active));
        }
        return findAll(matching, page);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
