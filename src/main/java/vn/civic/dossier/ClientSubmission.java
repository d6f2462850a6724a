package vn.civic.dossier;

import java.util.List;
import vn.civic.procedure.FormData;

/**
 * A dossier another system files online for an applicant through the API (a machine client with
 * {@code DOSSIER_FILE_ON_BEHALF}): it waits for the receiving agency's counter like any online dossier, and is visible to
 * that client and, when the applicant has an account, to the applicant.
 *
 * @param agencyCode the organisation code of the receiving agency; null for the client's own agency
 * @param applicant who applies: a citizen by personal ID number or a business by tax code
 * @param idempotencyKey the client's key for this filing: filing again with it returns the same dossier; may be null
 */
public record ClientSubmission(
        String procedureCode,
        String agencyCode,
        ApplicantDetails applicant,
        FormData data,
        List<AttachmentUpload> attachments,
        String idempotencyKey) {}
