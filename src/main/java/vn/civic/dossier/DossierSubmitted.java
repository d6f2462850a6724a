package vn.civic.dossier;

import java.time.Instant;
import vn.civic.procedure.Channel;

/** A dossier was filed (online, at the counter or by post). Published in the submitting transaction. */
public record DossierSubmitted(
        long dossierId,
        String code,
        String procedureCode,
        long receivingAgencyId,
        Channel channel,
        Long applicantAccountId,
        Instant submittedAt) {}
