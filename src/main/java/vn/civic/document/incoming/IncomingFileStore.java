package vn.civic.document.incoming;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.storage.FileStorage;
import vn.civic.platform.storage.FileType;
import vn.civic.platform.storage.StoredFile;

/**
 * Checks and stores the files of incoming documents: PDF, the images a scanner makes (JPEG, PNG, TIFF) and Word
 * documents (DOCX), each recognised by its content; a name that says otherwise is refused. Files stored in a
 * transaction that does not commit are removed again, so a refused registration leaves nothing behind.
 */
@Component
class IncomingFileStore {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String TIFF = "image/tiff";

    private final FileStorage storage;

    IncomingFileStore(FileStorage storage) {
        this.storage = storage;
    }

    /** The media type of an accepted file, or empty when the content or the name is not accepted. */
    static Optional<String> accepted(Upload upload) {
        byte[] bytes = upload.content();
        if (bytes == null || bytes.length == 0) {
            return Optional.empty();
        }
        String extension = extension(upload.fileName());
        FileType type = FileType.detect(bytes);
        if (type != null) {
            return type.agreesWith(upload.fileName(), upload.declaredType())
                    ? Optional.of(type.mediaType())
                    : Optional.empty();
        }
        if (isTiff(bytes)) {
            return extension == null || extension.equals("tif") || extension.equals("tiff")
                    ? Optional.of(TIFF)
                    : Optional.empty();
        }
        if (isDocx(bytes)) {
            return extension == null || extension.equals("docx") ? Optional.of(DOCX) : Optional.empty();
        }
        return Optional.empty();
    }

    /** Every refused upload as a violation on {@code files}; empty when all are accepted. */
    static List<FieldViolation> check(List<Upload> uploads) {
        List<FieldViolation> refused = new ArrayList<>();
        for (Upload upload : uploads) {
            if (accepted(upload).isEmpty()) {
                refused.add(
                        IncomingForms.violation("files", IncomingError.FILE_UNSUPPORTED, safeName(upload.fileName())));
            }
        }
        return refused;
    }

    /** Stores an accepted upload for the document inside the caller's transaction. */
    IncomingFile store(IncomingDocument document, Upload upload, Instant at) {
        String type = accepted(upload).orElseThrow();
        StoredFile stored = storage.store(new ByteArrayInputStream(upload.content()));
        removeUnlessCommitted(stored.key());
        return new IncomingFile(
                document, stored.key(), safeName(upload.fileName()), type, stored.size(), stored.sha256(), at);
    }

    byte[] read(IncomingFile file) {
        try (var in = storage.open(file.storageKey())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    java.io.InputStream open(IncomingFile file) {
        return storage.open(file.storageKey());
    }

    long maxFileSize() {
        return storage.maxFileSize();
    }

    private void removeUnlessCommitted(String key) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    storage.delete(key);
                }
            }
        });
    }

    private static boolean isTiff(byte[] b) {
        return b.length >= 4
                && ((b[0] == 'I' && b[1] == 'I' && b[2] == 42 && b[3] == 0)
                        || (b[0] == 'M' && b[1] == 'M' && b[2] == 0 && b[3] == 42));
    }

    /** A ZIP package with the parts of a Word document ({@code [Content_Types].xml} and {@code word/document.xml}). */
    private static boolean isDocx(byte[] b) {
        if (b.length < 4 || b[0] != 'P' || b[1] != 'K' || b[2] != 3 || b[3] != 4) {
            return false;
        }
        boolean types = false;
        boolean body = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null && entries++ < 1000) {
                types |= entry.getName().equals("[Content_Types].xml");
                body |= entry.getName().equals("word/document.xml");
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return types && body;
    }

    private static String extension(String fileName) {
        if (fileName == null || fileName.lastIndexOf('.') < 0) {
            return null;
        }
        return fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    /** The name's last path segment, at most 255 characters. */
    static String safeName(String fileName) {
        String name = fileName == null || fileName.isBlank()
                ? "tep"
                : fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }
}
