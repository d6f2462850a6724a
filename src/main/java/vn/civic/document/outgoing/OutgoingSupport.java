package vn.civic.document.outgoing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.civic.document.DocumentAccess;
import vn.civic.document.DocumentIndex;
import vn.civic.document.DocumentIndexEntry;
import vn.civic.document.DocumentKind;
import vn.civic.document.outgoing.OutgoingView.FileView;
import vn.civic.identity.AccountDirectory;
import vn.civic.identity.AccountView;
import vn.civic.org.AgencyView;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.audit.AuditLog;
import vn.civic.platform.audit.AuditRecord;
import vn.civic.platform.error.ConflictException;
import vn.civic.platform.error.NotFoundException;
import vn.civic.platform.security.Actor;
import vn.civic.platform.security.CurrentActor;
import vn.civic.platform.storage.FileStorage;
import vn.civic.platform.time.CivicTime;

/** What drafting, issuing and reading share: who acts, loading in scope, the search index and the audit trail. */
@Component
class OutgoingSupport {

    static final String OBJECT_TYPE = "outgoing_document";

    final OutgoingDocuments documents;
    final OutgoingRecords records;
    final DocumentAccess access;
    final AccountDirectory accounts;
    final OrgDirectory org;
    final FileStorage storage;
    final Clock clock;
    private final DocumentIndex index;
    private final AuditLog audit;

    OutgoingSupport(
            OutgoingDocuments documents,
            OutgoingRecords records,
            DocumentAccess access,
            AccountDirectory accounts,
            OrgDirectory org,
            FileStorage storage,
            Clock clock,
            DocumentIndex index,
            AuditLog audit) {
        this.documents = documents;
        this.records = records;
        this.access = access;
        this.accounts = accounts;
        this.org = org;
        this.storage = storage;
        this.clock = clock;
        this.index = index;
        this.audit = audit;
    }

    /** The signed-in staff member acting; machine clients and citizens have no outgoing documents. */
    AccountView me() {
        Actor actor = CurrentActor.get().orElseThrow(() -> new ConflictException(OutgoingError.ACTION_NOT_ALLOWED, ""));
        return DocumentAccess.accountId(actor)
                .flatMap(accounts::findById)
                .filter(a -> a.agencyId() != null)
                .orElseThrow(() -> new ConflictException(OutgoingError.ACTION_NOT_ALLOWED, ""));
    }

    /** The document if the current actor may read it; otherwise not found, as if it did not exist. */
    OutgoingDocument load(long id) {
        return documents.findById(id).filter(this::readable).orElseThrow(() -> NotFoundException.of(OBJECT_TYPE, id));
    }

    /** The same, its row locked for the rest of the transaction. */
    OutgoingDocument loadForUpdate(long id) {
        return documents
                .findForUpdate(id)
                .filter(this::readable)
                .orElseThrow(() -> NotFoundException.of(OBJECT_TYPE, id));
    }

    boolean readable(OutgoingDocument d) {
        return access.canRead(DocumentKind.OUTGOING, d.id(), d.agencyId(), d.confidential());
    }

    boolean isDrafter(OutgoingDocument d, AccountView me) {
        return d.draftedByAccountId() == me.id();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(CivicTime.ZONE));
    }

    byte[] read(String storageKey) {
        try (InputStream in = storage.open(storageKey)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file stored during the transaction is removed again if the transaction does not commit. */
    void deleteOnRollback(String key) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        storage.delete(key);
                    }
                }
            });
        }
    }

    void audit(String action, OutgoingDocument d, String before, String after) {
        audit.record(AuditRecord.change(action, OBJECT_TYPE, d.id(), before, after));
    }

    /** Writes the document's search entry: metadata and its current files (the signed PDF once issued). */
    void index(OutgoingDocument d) {
        List<DocumentIndexEntry.IndexedFile> files = new ArrayList<>();
        for (FileView f : records.files(d.id())) {
            boolean wanted =
                    f.current() && (d.status().issued() ? f.role() != FileRole.MAIN : f.role() != FileRole.SIGNED);
            if (wanted) {
                files.add(new DocumentIndexEntry.IndexedFile(
                        f.fileName(),
                        f.contentType(),
                        f.sha256(),
                        () -> read(records.storageKey(d.id(), f).orElseThrow())));
            }
        }
        String agencyName = org.findAgency(d.agencyId()).map(AgencyView::name).orElse(null);
        String drafter = accounts.findById(d.draftedByAccountId())
                .map(AccountView::fullName)
                .orElse("");
        String handlers = d.signerName() == null ? drafter : drafter + ", " + d.signerName();
        index.index(new DocumentIndexEntry(
                DocumentKind.OUTGOING,
                d.id(),
                d.agencyId(),
                d.confidential(),
                d.status().name(),
                d.typeCode(),
                d.numberSymbol(),
                d.outgoingNumber(),
                d.issuedDate() != null
                        ? d.issuedDate()
                        : d.createdAt().atZone(CivicTime.ZONE).toLocalDate(),
                agencyName,
                d.summary(),
                handlers,
                files));
    }
}
