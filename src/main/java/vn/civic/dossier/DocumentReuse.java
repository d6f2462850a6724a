package vn.civic.dossier;

/**
 * A required document given by reusing a file from the applicant's data store (an earlier filing or an electronic
 * result) instead of uploading it again.
 *
 * @param documentCode the required document it is for
 * @param attachmentId the stored file ({@link PersonalDataStore.StoredDocument#attachmentId()})
 */
public record DocumentReuse(String documentCode, long attachmentId) {}
