package vn.civic.dossier;

import java.time.Instant;

/** A dossier moved from one national status to another. Published in the transaction of the action. */
public record DossierStatusChanged(
        long dossierId, String code, DossierStatus from, DossierStatus to, Long applicantAccountId, Instant at) {}
