package vn.civic.platform.storage;

import java.io.InputStream;

/**
 * Where uploaded and produced files live. A file is stored once under a key the storage chooses and is never changed;
 * callers keep the key with their data. The content type is detected from the bytes, never from a name.
 */
public interface FileStorage {

    /**
     * Stores a stream, reading at most {@code maxBytes}; a longer stream is refused with
     * {@link StorageError#FILE_TOO_LARGE} and nothing is kept.
     */
    StoredFile store(InputStream content, long maxBytes);

    /** Stores a stream within the configured limit ({@code civic.storage.max-file-size}). */
    default StoredFile store(InputStream content) {
        return store(content, maxFileSize());
    }

    /** The content of a stored file; the caller closes the stream. Unknown keys are not found. */
    InputStream open(String key);

    /** Removes a stored file; nothing happens when it is already gone. */
    void delete(String key);

    /** The largest file accepted by {@link #store(InputStream)}, in bytes. */
    long maxFileSize();
}
