package vn.civic.dossier.domain;

import vn.civic.procedure.ApplicantKind;
import vn.civic.procedure.Channel;
import vn.civic.procedure.ProcessingTime;

/**
 * What a new dossier starts with: the procedure version it is filed against, the applicant, the channel and the form
 * data (JSON), checked by the submission service.
 *
 * @param applicantIdNumber the personal identification number of a citizen, the tax code of a business
 * @param timeLimit the procedure's time limit for the channel
 * @param submittedBy the actor id of whoever filed it (the applicant online, the clerk at the counter)
 * @param idempotencyOwner with {@code idempotencyKey}: a repeated submission returns the same dossier; both null when
 *     the caller gave no key
 */
public record Filing(
        String code,
        long procedureId,
        long procedureVersionId,
        String procedureCode,
        String procedureName,
        Long applicantAccountId,
        ApplicantKind applicantKind,
        String applicantName,
        String applicantIdNumber,
        String applicantPhone,
        String applicantEmail,
        Channel channel,
        long receivingAgencyId,
        String formData,
        ProcessingTime timeLimit,
        String submittedBy,
        String idempotencyOwner,
        String idempotencyKey) {}
