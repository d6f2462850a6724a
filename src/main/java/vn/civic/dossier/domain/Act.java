package vn.civic.dossier.domain;

import java.time.Instant;

/**
 * Who acts on a dossier, and when: what a history entry records of the actor.
 *
 * @param actorId {@code account:42}, or the actor id of another kind of actor
 * @param agencyId the actor's agency, null for an applicant
 * @param agencyName shown on the timeline, null for an applicant
 */
public record Act(String actorId, String actorName, Long agencyId, String agencyName, Instant at) {}
