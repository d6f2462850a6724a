package vn.civic.platform.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import vn.civic.platform.error.CommonError;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.platform.error.NotFoundException;
import vn.civic.platform.time.CivicTime;

/**
 * Files on a local disk under {@code civic.storage.root}, one per key {@code yyyy/MM/<uuid>}. A file is written to a
 * temporary name first and moved into place only once it is complete and within the limit.
 */
@Service
class LocalFileStorage implements FileStorage {

    private static final Pattern KEY = Pattern.compile("\\d{4}/\\d{2}/[0-9a-f-]{36}");

    private final Path root;
    private final long maxFileSize;

    LocalFileStorage(StorageProperties properties) {
        this.root = properties.root().toAbsolutePath().normalize();
        this.maxFileSize = properties.maxFileSize().toBytes();
    }

    @Override
    public StoredFile store(InputStream content, long maxBytes) {
        LocalDate today = LocalDate.now(CivicTime.ZONE);
        String key = "%04d/%02d/%s".formatted(today.getYear(), today.getMonthValue(), UUID.randomUUID());
        Path target = root.resolve(key);
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try {
            Files.createDirectories(target.getParent());
            MessageDigest digest = sha256();
            byte[] head = new byte[FileType.HEAD_LENGTH];
            long size = 0;
            try (InputStream in = new DigestInputStream(content, digest);
                    OutputStream out = Files.newOutputStream(partial)) {
                byte[] buffer = new byte[64 * 1024];
                for (int read; (read = in.read(buffer)) >= 0; ) {
                    if (size < head.length) {
                        System.arraycopy(buffer, 0, head, (int) size, (int) Math.min(read, head.length - size));
                    }
                    size += read;
                    if (size > maxBytes) {
                        throw new InvalidInputException(
                                StorageError.FILE_TOO_LARGE, java.util.List.of(), megabytes(maxBytes));
                    }
                    out.write(buffer, 0, read);
                }
            }
            if (size == 0) {
                throw new InvalidInputException(StorageError.FILE_EMPTY, java.util.List.of());
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return new StoredFile(key, HexFormat.of().formatHex(digest.digest()), size, FileType.detect(head));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store a file under " + root, e);
        } finally {
            deleteQuietly(partial);
        }
    }

    @Override
    public InputStream open(String key) {
        try {
            return Files.newInputStream(resolve(key));
        } catch (NoSuchFileException e) {
            throw new NotFoundException(CommonError.NOT_FOUND, "File", key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(String key) {
        deleteQuietly(resolve(key));
    }

    @Override
    public long maxFileSize() {
        return maxFileSize;
    }

    /** Megabytes for messages, rounded up. */
    static long megabytes(long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }

    private Path resolve(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new NotFoundException(CommonError.NOT_FOUND, "File", key);
        }
        return root.resolve(key);
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
