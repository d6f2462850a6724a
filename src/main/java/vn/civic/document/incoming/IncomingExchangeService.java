package vn.civic.document.incoming;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.civic.document.DocumentFile;
import vn.civic.document.DocumentTypes;
import vn.civic.document.IncomingExchange;
import vn.civic.document.ReceivedDocument;
import vn.civic.platform.audit.AuditLog;
import vn.civic.platform.audit.AuditRecord;
import vn.civic.platform.error.NotFoundException;

/**
 * Records what the exchange delivers for agencies on this platform: a document arrived (status RECEIVED until a clerk
 * registers or returns it), an update of one, a recall. The sender is told through {@code
 * IncomingDocumentStatusChanged}.
 */
@Service
class IncomingExchangeService implements IncomingExchange {

    private static final Logger log = LoggerFactory.getLogger(IncomingExchangeService.class);
    static final AuditRecord.ActorRef EXCHANGE =
            new AuditRecord.ActorRef("system:exchange", "Trục liên thông văn bản", null);

    private final IncomingDocuments documents;
    private final IncomingFileStore files;
    private final IncomingIndexer indexer;
    private final DocumentTypes types;
    private final AuditLog audit;
    private final Clock clock;

    IncomingExchangeService(
            IncomingDocuments documents,
            IncomingFileStore files,
            IncomingIndexer indexer,
            DocumentTypes types,
            AuditLog audit,
            Clock clock) {
        this.documents = documents;
        this.files = files;
        this.indexer = indexer;
        this.types = types;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public long receive(ReceivedDocument arrived) {
        ReceivedDocument document = normalised(arrived);
        var existing = documents.findFirstByAgencyIdAndExchangeDocumentIdOrderByIdAsc(
                document.agencyId(), document.exchangeDocumentId());
        if (existing.isPresent()) {
            return existing.get().id();
        }
        IncomingDocument d = IncomingDocument.received(document, clock.instant());
        for (IncomingFile f : stored(d, document.files())) {
            d.addFile(f);
        }
        d = documents.saveAndFlush(d);
        d.arrived();
        d = documents.save(d);
        indexer.index(d);
        audit.record(
                AuditRecord.change("incoming.received", "IncomingDocument", d.id(), null, document.exchangeDocumentId())
                        .by(EXCHANGE));
        return d.id();
    }

    @Override
    @Transactional
    public void update(ReceivedDocument updated) {
        ReceivedDocument document = normalised(updated);
        IncomingDocument d = find(document.agencyId(), document.exchangeDocumentId());
        Act act = new Act("system:exchange", document.senderName(), null, clock.instant());
        boolean replaceFiles =
                d.status() == IncomingStatus.RECEIVED && !document.files().isEmpty();
        d.updatedBySender(document, act);
        if (replaceFiles) {
            d.replaceFiles(stored(d, document.files()));
        }
        d = documents.saveAndFlush(d);
        indexer.index(d);
        audit.record(AuditRecord.change(
                        "incoming.updated_by_sender", "IncomingDocument", d.id(), null, document.numberSymbol())
                .by(EXCHANGE));
    }

    @Override
    @Transactional
    public void recall(long agencyId, String exchangeDocumentId, String reason) {
        IncomingDocument d = find(agencyId, exchangeDocumentId);
        d.recallRequested(reason, new Act("system:exchange", d.author(), null, clock.instant()));
        documents.saveAndFlush(d);
        audit.record(AuditRecord.change("incoming.recall_requested", "IncomingDocument", d.id(), null, reason)
                .by(EXCHANGE));
    }

    /**
     * The document with what the register needs: a known type ({@code CV} when the exchange could not tell one), a
     * sender's name, a symbol and a summary (the register's columns are never empty).
     */
    private ReceivedDocument normalised(ReceivedDocument r) {
        String type = r.typeCode() != null && types.find(r.typeCode()).isPresent() ? r.typeCode() : "CV";
        return new ReceivedDocument(
                r.agencyId(),
                r.exchangeDocumentId(),
                r.senderCode(),
                blank(r.senderName()) ? (blank(r.senderCode()) ? "?" : r.senderCode()) : r.senderName(),
                blank(r.numberSymbol()) ? "?" : r.numberSymbol(),
                r.documentDate() != null
                        ? r.documentDate()
                        : java.time.LocalDate.now(clock.withZone(vn.civic.platform.time.CivicTime.ZONE)),
                type,
                blank(r.summary()) ? "?" : r.summary(),
                r.signerName(),
                r.urgency(),
                r.dueDate(),
                r.pageCount(),
                r.replacesExchangeDocumentIds() == null ? List.of() : r.replacesExchangeDocumentIds(),
                r.files() == null ? List.of() : r.files());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private IncomingDocument find(long agencyId, String exchangeDocumentId) {
        return documents
                .findFirstByAgencyIdAndExchangeDocumentIdOrderByIdAsc(agencyId, exchangeDocumentId)
                .orElseThrow(() -> new NotFoundException(IncomingError.NOT_FOUND, exchangeDocumentId));
    }

    /** The files the exchange delivered; one of a type documents do not take is kept out and logged. */
    private List<IncomingFile> stored(IncomingDocument d, List<DocumentFile> delivered) {
        List<IncomingFile> stored = new ArrayList<>();
        for (DocumentFile f : delivered) {
            Upload upload = new Upload(f.fileName(), f.contentType(), f.content());
            if (IncomingFileStore.accepted(upload).isPresent()) {
                stored.add(files.store(d, upload, clock.instant()));
            } else {
                log.warn("A file of an exchanged document was not kept: {} ({})", f.fileName(), f.contentType());
            }
        }
        return stored;
    }
}
