package vn.civic.dossier;

import java.util.List;
import vn.civic.procedure.FormData;

/**
 * A dossier filed online by the signed-in citizen or business.
 *
 * @param agencyId the agency that is to receive it (one that carries out the procedure)
 * @param idempotencyKey the form's one-time key: submitting again with it returns the same dossier; may be null
 */
public record OnlineSubmission(
        String procedureCode,
        long agencyId,
        FormData data,
        List<AttachmentUpload> attachments,
        String idempotencyKey) {}
