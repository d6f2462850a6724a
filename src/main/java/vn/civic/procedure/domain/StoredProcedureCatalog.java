package vn.civic.procedure.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import vn.civic.org.OrgDirectory;
import vn.civic.procedure.ProcedureCatalog;
import vn.civic.procedure.ProcedureStatus;
import vn.civic.procedure.ProcedureView;

/**
 * The catalogue as stored. Versions never change, so each is parsed once and kept by id; the current version and the
 * status are read from the procedure's row on every call (one indexed query), so an edit or a suspension on another
 * node is seen at once.
 */
@Service
class StoredProcedureCatalog implements ProcedureCatalog {

    /** Far more versions than a city's catalogue holds at once; past it the cache starts again. */
    static final int CACHE_LIMIT = 5_000;

    private record Parsed(long procedureId, int number, ProcedureDocument document) {}

    private final Procedures procedures;
    private final ProcedureVersions versions;
    private final ProcedureJson json;
    private final OrgDirectory org;
    private final Map<Long, Parsed> parsed = new ConcurrentHashMap<>();

    StoredProcedureCatalog(Procedures procedures, ProcedureVersions versions, ProcedureJson json, OrgDirectory org) {
        this.procedures = procedures;
        this.org = org;
        this.versions = versions;
        this.json = json;
    }

    @Override
    public Optional<ProcedureView> findByCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return procedures
                .findCurrent(code.strip())
                .filter(current -> current.versionId() != null)
                .flatMap(current -> parsed(current.versionId())
                        .map(p -> p.document().view(current.id(), current.versionId(), p.number(), current.status())));
    }

    @Override
    public Optional<ProcedureView> findVersion(long versionId) {
        return parsed(versionId)
                .flatMap(p -> procedures
                        .findStatus(p.procedureId())
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
        Parsed cached = parsed.get(versionId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Parsed> loaded =
                versions.findById(versionId).map(v -> new Parsed(v.procedureId(), v.number(), json.read(v.document())));
        loaded.ifPresent(p -> {
            if (parsed.size() >= CACHE_LIMIT) {
                parsed.clear();
            }
            parsed.put(versionId, p);
        });
        return loaded;
    }
}
