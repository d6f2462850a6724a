package vn.civic.procedure;

import java.util.List;
import java.util.Set;

/**
 * One version of a procedure, as the national portal describes it (docs: ../shared/STANDARDS.md, procedure catalogue).
 *
 * @param id the procedure, the same across its versions
 * @param versionId this version; a dossier keeps it
 * @param version 1, 2, … in the order the versions were saved
 * @param code the national code, e.g. {@code 1.001193}; kept by import and export
 * @param levelCode the administrative level whose agencies carry it out, as org data: {@code COMMUNE}, {@code PROVINCE}
 * @param agencyCodes organisation codes of the implementing agencies; empty means every People's Committee of the level
 * @param channels the ways to carry it out, each with its time limit and fees
 * @param documents the dossier components (thành phần hồ sơ)
 * @param conditions conditions to meet, free text, may be null
 * @param form the e-form the applicant fills in
 * @param steps the processing steps in order, from receiving to returning the result
 */
public record ProcedureView(
        long id,
        long versionId,
        int version,
        String code,
        String name,
        Sector sector,
        ProcedureStatus status,
        ServiceLevel serviceLevel,
        String levelCode,
        List<String> agencyCodes,
        List<ChannelTerms> channels,
        List<RequiredDocument> documents,
        Set<ApplicantKind> applicants,
        List<ResultDocument> results,
        List<LegalBasis> legalBasis,
        String conditions,
        FormDefinition form,
        List<StepDefinition> steps) {

    /** The terms of one channel, if the procedure offers it. */
    public java.util.Optional<ChannelTerms> terms(Channel channel) {
        return channels.stream().filter(t -> t.channel() == channel).findFirst();
    }

    /** True while applicants may file dossiers for it. */
    public boolean active() {
        return status == ProcedureStatus.ACTIVE;
    }
}
