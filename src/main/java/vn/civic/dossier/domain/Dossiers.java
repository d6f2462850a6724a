package vn.civic.dossier.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.civic.dossier.DossierStatus;
import vn.civic.procedure.StepDefinition.StepKind;

public interface Dossiers extends JpaRepository<Dossier, Long> {

    Optional<Dossier> findByCode(String code);

    Optional<Dossier> findByIdempotencyOwnerAndIdempotencyKey(String owner, String key);

    Page<Dossier> findByApplicantAccountIdOrderBySubmittedAtDescIdDesc(long accountId, Pageable page);

    /** What an applicant entered in their dossiers, newest first: the once-only source of pre-filled fields. */
    @Query("select d.procedureVersionId as procedureVersionId, d.formData as formData from Dossier d"
            + " where d.applicantAccountId = :accountId order by d.submittedAt desc, d.id desc")
    List<FiledData> findFiledDataByApplicant(long accountId, Limit limit);

    interface FiledData {
        long getProcedureVersionId();

        String getFormData();
    }

    /** True when the dossier is or was at a step of the agency. */
    @Query("select count(d) > 0 from Dossier d join d.agencies a where d.id = :id and a = :agencyId")
    boolean wasAt(@Param("id") long id, @Param("agencyId") long agencyId);

    /**
     * The staff inbox: dossiers whose current step is at the agency and is of a kind the official works, or assigned
     * to them; nearest due date first.
     *
     * @param statuses the statuses shown
     * @param procedureCode only this procedure, or null
     * @param text a code, a personal ID number or tax code (exact), or words of the applicant's folded name; null for
     *     any
     */
    @Query("""
            select d from Dossier d
            where d.currentAgencyId = :agencyId
              and d.status in :statuses
              and (d.currentStepKind in :kinds or d.currentAssigneeId = :accountId)
              and (:procedureCode is null or d.procedureCode = :procedureCode)
              and (:text is null or d.code = :exact or d.applicantIdNumber = :exact or d.applicantSearch like :text)
            order by d.dueAt, d.id
            """)
    Page<Dossier> inbox(
            @Param("agencyId") long agencyId,
            @Param("statuses") Collection<DossierStatus> statuses,
            @Param("kinds") Collection<StepKind> kinds,
            @Param("accountId") long accountId,
            @Param("procedureCode") String procedureCode,
            @Param("exact") String exact,
            @Param("text") String text,
            Pageable page);

    /** The dossier with the fee obligation of this payment reference (decision 0020). */
    @Query("select d from Dossier d join d.feeObligations o where o.reference = :reference")
    Optional<Dossier> findByFeeReference(String reference);
}
