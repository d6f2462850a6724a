package vn.civic.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;
import vn.civic.platform.error.InvalidInputException;

/** File types are told by their first bytes; names only have to agree. */
class FileTypeTest {

    static final byte[] PDF = "%PDF-1.7\n".getBytes();
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    @Test
    void magicNumbersDecideTheType() {
        assertThat(FileType.detect(PDF)).isEqualTo(FileType.PDF);
        assertThat(FileType.detect(JPEG)).isEqualTo(FileType.JPEG);
        assertThat(FileType.detect(PNG)).isEqualTo(FileType.PNG);
        assertThat(FileType.detect("GIF89a".getBytes())).isNull();
        assertThat(FileType.detect(new byte[0])).isNull();
    }

    @Test
    void nameAndDeclaredTypeMustAgreeWithTheContent() {
        assertThat(FileType.JPEG.agreesWith("anh.JPG", "image/jpeg")).isTrue();
        assertThat(FileType.PDF.agreesWith("scan", "application/octet-stream")).isTrue();
        assertThat(FileType.PNG.agreesWith("to-khai.pdf", "application/pdf")).isFalse();
        assertThat(FileType.PNG.agreesWith("anh.png", "application/pdf")).isFalse();
    }

    @Test
    void localStorageKeepsTheBytesWithTheirChecksumAndRefusesWhatIsTooLarge(@TempDir Path root) throws Exception {
        LocalFileStorage storage = new LocalFileStorage(new StorageProperties(root, DataSize.ofBytes(16)));
        StoredFile stored = storage.store(new ByteArrayInputStream(PDF));
        assertThat(stored.type()).isEqualTo(FileType.PDF);
        assertThat(stored.size()).isEqualTo(PDF.length);
        assertThat(stored.sha256())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)));
        try (var in = storage.open(stored.key())) {
            assertThat(in.readAllBytes()).isEqualTo(PDF);
        }
        assertThatThrownBy(() -> storage.store(new ByteArrayInputStream(new byte[17])))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(StorageError.FILE_TOO_LARGE.code());
        storage.delete(stored.key());
        try (var files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }
}
