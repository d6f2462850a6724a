package vn.civic.feedback.photo;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;
import vn.civic.feedback.FeedbackProperties;
import vn.civic.feedback.PhotoUpload;
import vn.civic.platform.error.FieldViolation;

/**
 * Checks a report's photos and an answer's evidence: each within {@code civic.feedback.max-photo-bytes}, recognised
 * from its bytes (JPEG, PNG, WebP; for evidence also PDF, which must open), agreeing with its name and declared type,
 * within {@code civic.feedback.max-photo-pixels}; images are cleaned of their metadata ({@link ImageCleaner}).
 */
@Component
public class UploadChecks {

    static final String PDF = "application/pdf";

    private static final Map<String, List<String>> EXTENSIONS = Map.of(
            ImageCleaner.JPEG,
            List.of("jpg", "jpeg", "jfif"),
            ImageCleaner.PNG,
            List.of("png"),
            ImageCleaner.WEBP,
            List.of("webp"),
            PDF,
            List.of("pdf"));

    private final FeedbackProperties properties;

    UploadChecks(FeedbackProperties properties) {
        this.properties = properties;
    }

    /**
     * The checked file, or empty after adding the reason to {@code violations} on {@code field}.
     *
     * @param evidence true for an answer's evidence (a PDF is accepted too)
     */
    public Optional<CheckedFile> check(
            PhotoUpload upload, boolean evidence, String field, List<FieldViolation> violations) {
        byte[] bytes = upload == null ? null : upload.content();
        if (bytes == null || bytes.length == 0) {
            violations.add(FieldViolation.of(field, "feedback_photo_empty"));
            return Optional.empty();
        }
        long max = properties.maxPhotoBytes().toBytes();
        if (bytes.length > max) {
            violations.add(FieldViolation.of(field, "feedback_photo_too_large", Math.max(1, max / (1024 * 1024))));
            return Optional.empty();
        }
        String typeCode = evidence ? "feedback_evidence_type" : "feedback_photo_type";
        String sniffed = ImageCleaner.sniff(bytes);
        if (sniffed == null && evidence && isPdf(bytes)) {
            sniffed = PDF;
        }
        if (sniffed == null) {
            violations.add(FieldViolation.of(field, typeCode));
            return Optional.empty();
        }
        if (!agrees(sniffed, upload.fileName(), upload.contentType())) {
            violations.add(FieldViolation.of(field, "feedback_photo_type_mismatch"));
            return Optional.empty();
        }
        String name = safeName(upload.fileName());
        if (sniffed.equals(PDF)) {
            if (!opens(bytes)) {
                violations.add(FieldViolation.of(field, typeCode));
                return Optional.empty();
            }
            return Optional.of(new CheckedFile(name, PDF, bytes, null, null));
        }
        ImageCleaner.CleanImage image;
        try {
            image = ImageCleaner.clean(bytes);
        } catch (ImageCleaner.NotAnImage e) {
            violations.add(FieldViolation.of(field, typeCode));
            return Optional.empty();
        }
        if (image.pixels() > properties.maxPhotoPixels()) {
            violations.add(FieldViolation.of(
                    field, "feedback_photo_too_many_pixels", Math.max(1, properties.maxPhotoPixels() / 1_000_000)));
            return Optional.empty();
        }
        return Optional.of(new CheckedFile(name, image.mediaType(), image.content(), image.width(), image.height()));
    }

    private static boolean isPdf(byte[] b) {
        return b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-';
    }

    /** A PDF must parse and have a page: a script with a PDF header is refused. */
    private static boolean opens(byte[] bytes) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return document.getNumberOfPages() > 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The name's extension (if any) and the declared type (if any, other than the generic one) name the type. */
    static boolean agrees(String mediaType, String fileName, String declared) {
        String extension = extension(fileName);
        boolean nameAgrees = extension == null || EXTENSIONS.get(mediaType).contains(extension);
        String d = declared == null ? "" : declared.strip().toLowerCase(Locale.ROOT);
        boolean typeAgrees = d.isEmpty()
                || d.startsWith("application/octet-stream")
                || d.startsWith(mediaType)
                || (mediaType.equals(ImageCleaner.JPEG) && d.startsWith("image/jpg"));
        return nameAgrees && typeAgrees;
    }

    private static String extension(String fileName) {
        if (fileName == null) {
            return null;
        }
        String base = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        int dot = base.lastIndexOf('.');
        return dot < 0 ? null : base.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The last part of a name, without control characters, at most 200 characters; null when nothing is left. */
    static String safeName(String fileName) {
        if (fileName == null) {
            return null;
        }
        String base = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        String clean = base.replaceAll("[\\p{Cntrl}\"<>]", "").strip();
        if (clean.isEmpty()) {
            return null;
        }
        return clean.length() > 200 ? clean.substring(clean.length() - 200) : clean;
    }
}
