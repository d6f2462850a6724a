package vn.civic.dossier.web.citizen;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartFile;
import vn.civic.dossier.AttachmentUpload;
import vn.civic.platform.error.ErrorCode;
import vn.civic.platform.storage.FileStorage;
import vn.civic.platform.storage.FileType;
import vn.civic.platform.storage.StorageError;

/**
 * The files an applicant chose, by required document (inputs named {@code document.<code>}), each with what is wrong
 * with it found before submitting: empty, too large, not a PDF, JPEG or PNG by its content, or disguised. The dossier
 * core checks the same again when it stores them; knowing it here lets a page name each refused file next to every
 * other error at once.
 */
public record Uploaded(Map<String, List<ChosenFile>> byDocument) {

    static final String INPUT_PREFIX = "document.";

    /** A chosen file and, when it cannot be accepted, why (a message key of the dossier module and its arguments). */
    public record ChosenFile(String name, MultipartFile file, String problemKey, Object[] problemArgs) {

        public boolean refused() {
            return problemKey != null;
        }
    }

    static Uploaded of(MultiValueMap<String, MultipartFile> files, FileStorage storage) {
        Map<String, List<ChosenFile>> byDocument = new LinkedHashMap<>();
        files.forEach((name, list) -> {
            if (name.startsWith(INPUT_PREFIX)) {
                String code = name.substring(INPUT_PREFIX.length());
                for (MultipartFile file : list) {
                    if (file.getOriginalFilename() != null
                                    && !file.getOriginalFilename().isBlank()
                            || file.getSize() > 0) {
                        byDocument.computeIfAbsent(code, c -> new ArrayList<>()).add(check(file, storage));
                    }
                }
            }
        });
        return new Uploaded(byDocument);
    }

    private static ChosenFile check(MultipartFile file, FileStorage storage) {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        if (file.isEmpty()) {
            return refused(name, file, StorageError.FILE_EMPTY);
        }
        if (file.getSize() > storage.maxFileSize()) {
            return refused(name, file, StorageError.FILE_TOO_LARGE, megabytes(storage));
        }
        byte[] head;
        try (InputStream in = file.getInputStream()) {
            head = in.readNBytes(FileType.HEAD_LENGTH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FileType type = FileType.detect(head);
        if (type == null) {
            return refused(name, file, StorageError.FILE_TYPE_NOT_ALLOWED);
        }
        if (!type.agreesWith(name, file.getContentType())) {
            return refused(name, file, StorageError.FILE_TYPE_MISMATCH);
        }
        return new ChosenFile(name, file, null, new Object[0]);
    }

    private static ChosenFile refused(String name, MultipartFile file, ErrorCode code, Object... args) {
        return new ChosenFile(name, file, "dossier.form." + code.code(), args);
    }

    static long megabytes(FileStorage storage) {
        return storage.maxFileSize() / (1024 * 1024);
    }

    /** Every chosen file as an upload for the dossier core, refused ones included (the core refuses them too). */
    List<AttachmentUpload> uploads() {
        List<AttachmentUpload> uploads = new ArrayList<>();
        byDocument.forEach((code, chosen) -> chosen.forEach(
                c -> uploads.add(new AttachmentUpload(code, c.name(), c.file().getContentType(), c.file()))));
        return uploads;
    }

    public List<ChosenFile> of(String documentCode) {
        return byDocument.getOrDefault(documentCode, List.of());
    }

    /** The names of all chosen files. */
    List<String> names() {
        return byDocument.values().stream()
                .flatMap(List::stream)
                .map(ChosenFile::name)
                .toList();
    }
}
