package vn.civic.dossier;

import java.time.Instant;
import vn.civic.procedure.Channel;

/** A dossier in a list. */
public record DossierSummary(
        long id,
        String code,
        String procedureCode,
        String procedureName,
        String applicantName,
        String applicantIdNumber,
        Channel channel,
        DossierStatus status,
        Instant submittedAt,
        Instant dueAt,
        String currentStepName,
        Long currentAssigneeId) {}
