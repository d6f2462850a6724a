package vn.civic.procedure.domain;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.cache.ReferenceCache;
import vn.civic.platform.cache.ReferenceCaches;
import vn.civic.procedure.ProcedureCatalog;
import vn.civic.procedure.ProcedureStatus;
import vn.civic.procedure.ProcedureView;

/**
 * The catalogue as stored. Versions never change, so each is parsed once and kept by id. Which version is current and
 * the procedure's status are kept for {@code civic.procedure.catalog-cache-ttl} (10 s by default): a change on this
 * node is seen at once (a procedure row written through JPA empties them: {@code ReferenceDataChanges}), on another node of a cluster after at most that long
 * (docs/decisions/0017).
 */
@Service
class StoredProcedureCatalog implements ProcedureCatalog {

    /** Far more versions than a city's catalogue holds at once. */
    static final int CACHE_LIMIT = 5_000;

    private record Parsed(long procedureId, int number, ProcedureDocument document) {}

    private final Procedures procedures;
    private final ProcedureVersions versions;
    private final ProcedureJson json;
    private final OrgDirectory org;
    private final Cache<Long, Parsed> parsed =
            Caffeine.newBuilder().maximumSize(CACHE_LIMIT).build();
    private final ReferenceCache<String, Optional<Procedures.Current>> current;
    private final ReferenceCache<Long, Optional<ProcedureStatus>> statuses;

    StoredProcedureCatalog(
            Procedures procedures,
            ProcedureVersions versions,
            ProcedureJson json,
            OrgDirectory org,
            ReferenceCaches caches,
            @Value("${civic.procedure.catalog-cache-ttl:10s}") Duration ttl) {
        this.procedures = procedures;
        this.org = org;
        this.versions = versions;
        this.json = json;
        this.current = caches.create(ttl, CACHE_LIMIT);
        this.statuses = caches.create(ttl, CACHE_LIMIT);
    }

    @Override
    public Optional<ProcedureView> findByCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return current.get(code.strip(), procedures::findCurrent)
                .filter(current -> current.versionId() != null)
                .flatMap(current -> parsed(current.versionId())
                        .map(p -> p.document().view(current.id(), current.versionId(), p.number(), current.status())));
    }

    @Override
    public Optional<ProcedureView> findVersion(long versionId) {
        return parsed(versionId)
                .flatMap(p -> statuses.get(p.procedureId(), procedures::findStatus)
                        .map(status -> p.document().view(p.procedureId(), versionId, p.number(), status)));
    }

    @Override
    public List<ProcedureView> searchActive(String text, String agencyCode) {
        return procedures
                .search(
                        ProcedureQuery.active(text, null, agencyCode, null, org),
                        PageRequest.of(0, PublicCatalogue.PAGE_SIZE, Sort.by("name", "code")))
                .stream()
                .map(p -> findByCode(p.code()))
                .flatMap(Optional::stream)
                .toList();
    }

    /** A version with the status it was saved with, for the history pages. */
    Optional<ProcedureView> asSaved(long versionId) {
        return parsed(versionId).map(p -> p.document().view(p.procedureId(), versionId, p.number(), savedStatus(p)));
    }

    private static ProcedureStatus savedStatus(Parsed p) {
        return p.document().status() == null
                ? ProcedureStatus.ACTIVE
                : p.document().status();
    }

    private Optional<Parsed> parsed(long versionId) {
        Parsed cached = parsed.getIfPresent(versionId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Parsed> loaded =
                versions.findById(versionId).map(v -> new Parsed(v.procedureId(), v.number(), json.read(v.document())));
        loaded.ifPresent(p -> parsed.put(versionId, p));
        return loaded;
    }
}
