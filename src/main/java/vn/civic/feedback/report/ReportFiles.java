package vn.civic.feedback.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.civic.feedback.photo.CheckedFile;
import vn.civic.platform.storage.FileStorage;
import vn.civic.platform.storage.StoredFile;

/**
 * Photos and evidence in the platform's file storage. A file stored in a transaction that does not commit is removed
 * again, so a refused or failed submission leaves nothing behind.
 */
@Component
class ReportFiles {

    private final FileStorage storage;

    ReportFiles(FileStorage storage) {
        this.storage = storage;
    }

    /** Stores a checked (already cleaned) file inside the caller's transaction. */
    StoredFile store(CheckedFile file) {
        StoredFile stored = storage.store(new ByteArrayInputStream(file.content()), file.content().length + 1L);
        String key = stored.key();
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
        return stored;
    }

    byte[] read(String key) {
        try (InputStream in = storage.open(key)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
