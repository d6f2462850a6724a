package vn.civic.procedure.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.civic.procedure.ApplicantKind;
import vn.civic.procedure.ChannelTerms;
import vn.civic.procedure.FormDefinition;
import vn.civic.procedure.LegalBasis;
import vn.civic.procedure.ProcedureStatus;
import vn.civic.procedure.ProcedureView;
import vn.civic.procedure.RequiredDocument;
import vn.civic.procedure.ResultDocument;
import vn.civic.procedure.Sector;
import vn.civic.procedure.ServiceLevel;
import vn.civic.procedure.StepDefinition;

/**
 * A procedure as it is stored in a version, exported, imported and served by the API: {@link ProcedureView} without
 * its ids. Missing lists read as empty ones; the status is that of the procedure when the version was saved, or null
 * in an imported file that leaves it to the catalogue.
 */
public record ProcedureDocument(
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

    public ProcedureDocument {
        agencyCodes = listOf(agencyCodes);
        channels = listOf(channels);
        documents = listOf(documents);
        applicants = applicants == null || applicants.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(
                        applicants.stream().filter(a -> a != null).toList()));
        results = listOf(results);
        legalBasis = listOf(legalBasis);
        form = form == null ? new FormDefinition(List.of()) : form;
        steps = listOf(steps);
    }

    /** The document of a version. */
    public static ProcedureDocument of(ProcedureView view) {
        return new ProcedureDocument(
                view.code(),
                view.name(),
                view.sector(),
                view.status(),
                view.serviceLevel(),
                view.levelCode(),
                view.agencyCodes(),
                view.channels(),
                view.documents(),
                view.applicants(),
                view.results(),
                view.legalBasis(),
                view.conditions(),
                view.form(),
                view.steps());
    }

    /** The same content with another status. */
    public ProcedureDocument withStatus(ProcedureStatus newStatus) {
        return new ProcedureDocument(
                code,
                name,
                sector,
                newStatus,
                serviceLevel,
                levelCode,
                agencyCodes,
                channels,
                documents,
                applicants,
                results,
                legalBasis,
                conditions,
                form,
                steps);
    }

    ProcedureView view(long id, long versionId, int version, ProcedureStatus currentStatus) {
        return new ProcedureView(
                id,
                versionId,
                version,
                code,
                name,
                sector,
                currentStatus,
                serviceLevel,
                levelCode,
                agencyCodes,
                channels,
                documents,
                applicants,
                results,
                legalBasis,
                conditions,
                form,
                steps);
    }

    /** A copy that keeps null elements, which the rules report instead of failing on. */
    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
