package vn.civic.dossier;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.civic.dossier.domain.Act;
import vn.civic.dossier.domain.Attachment;
import vn.civic.dossier.domain.Attachments;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.platform.storage.FileStorage;
import vn.civic.platform.storage.FileType;
import vn.civic.platform.storage.StorageError;
import vn.civic.platform.storage.StoredFile;
import vn.civic.signature.SignatureError;
import vn.civic.signature.SignatureValidation;
import vn.civic.signature.ValidationReport;

/**
 * Stores uploads through the file storage inside the caller's transaction: each file is checked by its content, and
 * every file stored is removed again if the transaction does not commit, so a refused dossier leaves nothing behind.
 */
@Component
class Uploads {

    private final FileStorage storage;
    private final Attachments attachments;
    private final SignatureValidation signatures;

    Uploads(FileStorage storage, Attachments attachments, SignatureValidation signatures) {
        this.storage = storage;
        this.attachments = attachments;
        this.signatures = signatures;
    }

    /**
     * The attachments reusing files of the applicant's data store, or every reuse of a file that is not the
     * applicant's (unknown, another person's, a paper copy) at once as violations on {@code document.<code>}.
     */
    List<Attachment> reuse(List<DocumentReuse> reused, Long accountId, Act act) {
        List<Attachment> files = new ArrayList<>();
        List<FieldViolation> refused = new ArrayList<>();
        for (DocumentReuse reuse : reused) {
            attachments
                    .ownStored(reuse.attachmentId(), accountId == null ? -1 : accountId)
                    .ifPresentOrElse(
                            source -> files.add(Attachment.reused(reuse.documentCode(), source, act)),
                            () -> refused.add(DossierForm.violation(
                                    "document." + reuse.documentCode(), "dossier_document_not_in_store")));
        }
        if (!refused.isEmpty()) {
            throw new InvalidInputException(refused);
        }
        return files;
    }

    /** A file the platform generated (a signed electronic result), stored inside the caller's transaction. */
    Attachment storeGenerated(byte[] pdf, String resultCode, String fileName, String documentNumber, Act act) {
        StoredFile file = storage.store(new ByteArrayInputStream(pdf), pdf.length);
        removeUnlessCommitted(file.key());
        return Attachment.electronicResult(resultCode, fileName, documentNumber, file, act);
    }

    /**
     * The attachments for the uploads, or every refused file at once as violations on {@code document.<code>}.
     */
    List<Attachment> store(List<AttachmentUpload> uploads, Attachment.Purpose purpose, Act act) {
        List<Attachment> stored = new ArrayList<>();
        List<FieldViolation> refused = new ArrayList<>();
        for (AttachmentUpload upload : uploads) {
            String field = "document." + upload.documentCode();
            try (InputStream content = upload.content().getInputStream()) {
                StoredFile file = storage.store(content);
                removeUnlessCommitted(file.key());
                Optional<SignatureError> broken = purpose == Attachment.Purpose.RESULT && file.type() == FileType.PDF
                        ? brokenSignature(file)
                        : Optional.empty();
                if (file.type() == null) {
                    refused.add(violation(field, StorageError.FILE_TYPE_NOT_ALLOWED));
                } else if (!file.type().agreesWith(upload.fileName(), upload.contentType())) {
                    refused.add(violation(field, StorageError.FILE_TYPE_MISMATCH));
                } else if (broken.isPresent()) {
                    refused.add(violation(field, broken.get()));
                } else {
                    stored.add(Attachment.file(purpose, upload.documentCode(), safeName(upload.fileName()), file, act));
                }
            } catch (InvalidInputException e) {
                refused.add(violation(field, e.errorCode(), e.args()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!refused.isEmpty()) {
            throw new InvalidInputException(refused);
        }
        return stored;
    }

    /**
     * Why a result PDF's signature does not count, when it carries one that does not match its content or whose
     * certificate was revoked: such a file is refused rather than handed to the applicant. An unsigned PDF, or one
     * signed with a certificate Civic does not trust, is accepted.
     */
    private Optional<SignatureError> brokenSignature(StoredFile file) {
        try (InputStream content = storage.open(file.key())) {
            ValidationReport report = signatures.validate(content.readAllBytes());
            if (report.verdict() != ValidationReport.Verdict.INVALID) {
                return Optional.empty();
            }
            return Optional.of(
                    report.signatures().stream()
                                    .anyMatch(s -> ValidationReport.SignatureReport.REVOKED.equals(s.problem()))
                            ? SignatureError.SIGNATURE_REVOKED
                            : SignatureError.SIGNATURE_INVALID);
        } catch (InvalidInputException e) {
            return Optional.empty(); // not a PDF DSS can read: the file type check already decided
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FieldViolation violation(String field, vn.civic.platform.error.ErrorCode code, Object... args) {
        return DossierForm.violation(field, code.code(), args);
    }

    /** The name's last path segment, at most 255 characters: what the device called it, never a path. */
    private static String safeName(String fileName) {
        String name = fileName == null
                ? ""
                : fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
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
}
