package vn.civic.dossier;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.civic.dossier.domain.Attachment;
import vn.civic.dossier.domain.Attachments;
import vn.civic.procedure.ProcedureCatalog;
import vn.civic.procedure.ProcedureView;

/**
 * The applicant's personal data store (kho dữ liệu cá nhân): every file they filed and every result they received,
 * across their dossiers, offered again when they file a new dossier so that the state does not ask twice
 * (decision 0024). A reused file is shared, not copied; each reuse is recorded on the new dossier's attachment.
 */
@Service
public class PersonalDataStore {

    private final Attachments attachments;
    private final DossierActors actors;
    private final ProcedureCatalog catalog;

    PersonalDataStore(Attachments attachments, DossierActors actors, ProcedureCatalog catalog) {
        this.attachments = attachments;
        this.actors = actors;
        this.catalog = catalog;
    }

    /**
     * A file in the store.
     *
     * @param documentName the name of the required document or the result it was filed or issued as
     * @param result true for a result the applicant received (an electronic result when signed by the agency)
     * @param reuses the later dossiers that reused it, oldest first
     */
    public record StoredDocument(
            long attachmentId,
            String documentCode,
            String documentName,
            boolean result,
            String fileName,
            String contentType,
            Long size,
            Instant addedAt,
            long dossierId,
            String dossierCode,
            String procedureName,
            List<Reuse> reuses) {}

    /** One reuse: the dossier that took the file, and when. */
    public record Reuse(long dossierId, String dossierCode, String documentCode, Instant at) {}

    /** The signed-in applicant's store, newest first. */
    @Transactional(readOnly = true)
    public List<StoredDocument> mine() {
        long accountId = actors.applicantAccountId();
        List<Attachment> stored = attachments.storeOf(accountId);
        Map<Long, List<Reuse>> reuses = stored.isEmpty()
                ? Map.of()
                : attachments.reusesOf(stored.stream().map(Attachment::id).toList()).stream()
                        .collect(Collectors.groupingBy(
                                Attachment::reusedFromId,
                                Collectors.mapping(
                                        a -> new Reuse(
                                                a.dossier().id(), a.dossier().code(), a.documentCode(), a.addedAt()),
                                        Collectors.toList())));
        Map<Long, Map<String, String>> names = new LinkedHashMap<>();
        return stored.stream()
                .map(a -> new StoredDocument(
                        a.id(),
                        a.documentCode(),
                        names.computeIfAbsent(a.dossier().procedureVersionId(), this::documentNames)
                                .getOrDefault(a.documentCode(), a.documentCode()),
                        a.purpose() == Attachment.Purpose.RESULT,
                        a.fileName(),
                        a.contentType(),
                        a.size(),
                        a.addedAt(),
                        a.dossier().id(),
                        a.dossier().code(),
                        a.dossier().procedureName(),
                        reuses.getOrDefault(a.id(), List.of())))
                .toList();
    }

    /** The names of a procedure version's required documents and results, by code. */
    private Map<String, String> documentNames(long procedureVersionId) {
        Map<String, String> names = new LinkedHashMap<>();
        catalog.findVersion(procedureVersionId).ifPresent((ProcedureView v) -> {
            v.results().forEach(r -> names.put(r.code(), r.name()));
            v.documents().forEach(d -> names.put(d.code(), d.name()));
        });
        return names;
    }
}
