package vn.civic.dossier;

import java.time.Instant;

/**
 * A leader approved an apology notice (form 04): the dossier will be late and its appointment moved from
 * {@code previousDueAt} to {@code newDueAt}. Published in the transaction of the approval.
 */
public record DossierApologyApproved(
        long dossierId,
        String code,
        long apologyId,
        String reason,
        Instant previousDueAt,
        Instant newDueAt,
        Long applicantAccountId,
        Instant at) {}
