package vn.civic.dossier;

import java.util.List;
import java.util.Set;
import vn.civic.procedure.Channel;
import vn.civic.procedure.FormData;

/**
 * A dossier a clerk receives for the clerk's agency, at the counter ({@link Channel#IN_PERSON}) or by post
 * ({@link Channel#POST}).
 *
 * @param paperDocuments codes of the required documents received on paper (no file)
 * @param idempotencyKey the form's one-time key; may be null
 */
public record CounterSubmission(
        String procedureCode,
        Channel channel,
        ApplicantDetails applicant,
        FormData data,
        List<AttachmentUpload> attachments,
        Set<String> paperDocuments,
        String idempotencyKey) {}
