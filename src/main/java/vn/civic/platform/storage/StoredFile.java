package vn.civic.platform.storage;

/**
 * A file once stored.
 *
 * @param key where the storage keeps it, to open or delete it
 * @param sha256 the SHA-256 of the content, lower-case hex
 * @param size in bytes
 * @param type the type detected from the content, or null when it is none of the accepted types
 */
public record StoredFile(String key, String sha256, long size, FileType type) {}
