package vn.civic.dossier;

import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.civic.dossier.domain.Act;
import vn.civic.dossier.domain.Attachment;
import vn.civic.dossier.domain.Dossier;
import vn.civic.dossier.forms.ElectronicResult;
import vn.civic.dossier.forms.ResultDocuments;
import vn.civic.identity.AccountDirectory;
import vn.civic.identity.AccountView;
import vn.civic.org.AgencyView;
import vn.civic.org.OrgDirectory;
import vn.civic.org.PositionView;
import vn.civic.platform.audit.AuditLog;
import vn.civic.platform.audit.AuditRecord;
import vn.civic.platform.i18n.I18nConfig;
import vn.civic.platform.time.CivicTime;
import vn.civic.procedure.ProcedureCatalog;
import vn.civic.procedure.ProcedureView;
import vn.civic.procedure.ResultDocument;
import vn.civic.signature.PdfSignatures;
import vn.civic.signature.SignerKeys;

/**
 * Issues the electronic result when a dossier is finished (docs/decisions/0019-signatures-and-e-results.md): the
 * result is generated from the dossier's data, numbered in the issuing agency's yearly sequence, signed first by the
 * approving leader and then with the agency's seal, stored as a result file marked electronic, and audited, all in the
 * finishing action's transaction. Without a key for the agency's seal there is no e-result: the clerk returns a
 * result as before. Without a key for the leader, the seal alone signs.
 */
@Component
class ElectronicResults {

    static final String FALLBACK_RESULT_CODE = "E_RESULT";
    private static final Logger log = LoggerFactory.getLogger(ElectronicResults.class);

    private final ResultDocuments documents;
    private final ProcedureCatalog catalog;
    private final DossierViews views;
    private final PdfSignatures signatures;
    private final AccountDirectory accounts;
    private final OrgDirectory org;
    private final Uploads uploads;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate separate;
    private final AuditLog audit;
    private final MessageSource messages;

    ElectronicResults(
            ResultDocuments documents,
            ProcedureCatalog catalog,
            DossierViews views,
            PdfSignatures signatures,
            AccountDirectory accounts,
            OrgDirectory org,
            Uploads uploads,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            AuditLog audit,
            MessageSource messages) {
        this.documents = documents;
        this.catalog = catalog;
        this.views = views;
        this.signatures = signatures;
        this.accounts = accounts;
        this.org = org;
        this.uploads = uploads;
        this.jdbc = jdbc;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.audit = audit;
        this.messages = messages;
    }

    /**
     * After an action that may have finished the dossier: issues its e-result when it just became finished at the
     * actor's agency.
     *
     * @param approval the action was a leader's approval, whose key signs first; a forward has only the seal
     */
    void issueIfFinished(Dossier dossier, Act act, boolean approval) {
        if (dossier.status() != DossierStatus.FINISHED || dossier.eResultIssuedAt() != null || act.agencyId() == null) {
            return;
        }
        AgencyView agency = org.findAgency(act.agencyId()).orElse(null);
        if (agency == null) {
            return;
        }
        String seal = SignerKeys.seal(agency.code());
        if (!signatures.canSign(seal)) {
            log.info("Dossier {}: no electronic result, no signing key {} for the agency's seal", dossier.code(), seal);
            return;
        }
        Optional<AccountView> leader = approval
                ? accounts.findById(DossierActors.accountId(act.actorId()))
                        .filter(a -> signatures.canSign(SignerKeys.person(a.username())))
                : Optional.empty();
        ProcedureView procedure =
                catalog.findVersion(dossier.procedureVersionId()).orElseThrow();
        String number = nextNumber(agency, act.at());
        ElectronicResult result = documents.of(
                views.view(dossier),
                procedure,
                agency.id(),
                number,
                leader.map(AccountView::positionId)
                        .flatMap(org::findPosition)
                        .map(PositionView::nameVi)
                        .orElse(null),
                leader.map(AccountView::fullName).orElse(null),
                act.at());
        byte[] pdf = documents.pdf(result);
        String place = result.header().place();
        if (leader.isPresent()) {
            pdf = signatures.sign(
                    pdf,
                    SignerKeys.person(leader.get().username()),
                    vietnamese("eresult.sign.reason.leader", dossier.code()),
                    place);
        }
        pdf = signatures.sign(pdf, seal, vietnamese("eresult.sign.reason.seal", dossier.code()), place);
        String resultCode = procedure.results().stream()
                .map(ResultDocument::code)
                .findFirst()
                .orElse(FALLBACK_RESULT_CODE);
        Attachment file =
                uploads.storeGenerated(pdf, resultCode, vietnamese("eresult.file-name", dossier.code()), number, act);
        dossier.issueElectronicResult(file, act);
        audit.record(AuditRecord.change(
                "dossier.e_result_issued",
                DossierActors.OBJECT_TYPE,
                dossier.id(),
                dossier.code() + " e-result=none",
                dossier.code() + " e-result=" + number + " signers=" + (leader.isPresent() ? "leader+seal" : "seal")
                        + " sha256=" + file.sha256()));
    }

    /**
     * The agency's next result number of the year, as Decree 30/2020 writes numbers ("01", "02", ...) with the
     * agency's abbreviation. Taken in the finishing transaction, so a rolled-back action leaves no gap; concurrent
     * finishes at one agency wait on the counter row until the first commits.
     */
    private String nextNumber(AgencyView agency, Instant at) {
        int year = at.atZone(CivicTime.ZONE).getYear();
        if (increment(agency.id(), year) == 0) {
            try {
                separate.executeWithoutResult(status -> jdbc.update(
                        "insert into dossier_result_counter (agency_id, counter_year, last_value) values (?, ?, 0)",
                        agency.id(),
                        year));
            } catch (DuplicateKeyException e) {
                // created by a concurrent finish
            }
            increment(agency.id(), year);
        }
        Integer value = jdbc.queryForObject(
                "select last_value from dossier_result_counter where agency_id = ? and counter_year = ?",
                Integer.class,
                agency.id(),
                year);
        String symbol = agency.abbreviation() == null || agency.abbreviation().isBlank() ? "KQ" : agency.abbreviation();
        return String.format("%02d/%s", value, symbol);
    }

    private int increment(long agencyId, int year) {
        return jdbc.update(
                "update dossier_result_counter set last_value = last_value + 1 where agency_id = ? and counter_year = ?",
                agencyId,
                year);
    }

    private String vietnamese(String key, Object... args) {
        return messages.getMessage(key, args, I18nConfig.VIETNAMESE);
    }
}
