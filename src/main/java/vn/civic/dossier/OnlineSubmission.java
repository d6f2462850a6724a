package vn.civic.dossier;

import java.util.List;
import vn.civic.procedure.FormData;

/**
 * A dossier filed online by the signed-in citizen or business.
 *
 * @param agencyId the agency that is to receive it (one that carries out the procedure)
 * @param reused documents taken from the applicant's data store instead of uploaded again
 * @param idempotencyKey the form's one-time key: submitting again with it returns the same dossier; may be null
 */
public record OnlineSubmission(
        String procedureCode,
        long agencyId,
        FormData data,
        List<AttachmentUpload> attachments,
        List<DocumentReuse> reused,
        String idempotencyKey) {

    public OnlineSubmission {
        attachments = attachments == null ? List.of() : attachments;
        reused = reused == null ? List.of() : List.copyOf(reused);
    }

    /** A filing whose files are all uploaded now. */
    public OnlineSubmission(
            String procedureCode, long agencyId, FormData data, List<AttachmentUpload> attachments, String key) {
        this(procedureCode, agencyId, data, attachments, List.of(), key);
    }
}
