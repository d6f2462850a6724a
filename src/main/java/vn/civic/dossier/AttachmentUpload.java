package vn.civic.dossier;

import org.springframework.core.io.InputStreamSource;

/**
 * A file uploaded for a required document (a {@code MultipartFile} is an {@link InputStreamSource}).
 *
 * @param documentCode the required document it is for ({@code RequiredDocument.code}); for a result, a result code
 * @param fileName the name the applicant's device gave it; its extension must agree with the content
 * @param contentType the declared media type, may be null
 */
public record AttachmentUpload(String documentCode, String fileName, String contentType, InputStreamSource content) {}
