package vn.civic.dossier;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.civic.dossier.domain.Dossiers;
import vn.civic.identity.AccountDirectory;
import vn.civic.identity.AccountKind;
import vn.civic.identity.AccountView;
import vn.civic.procedure.FormData;
import vn.civic.procedure.FormField;
import vn.civic.procedure.FormField.FieldType;
import vn.civic.procedure.ProcedureCatalog;
import vn.civic.procedure.ProcedureView;

/**
 * Once-only: what the platform already knows about the signed-in applicant, as values by profile key for
 * {@link vn.civic.procedure.FormPrefill}. The account gives the verified name, number and contacts; the applicant's
 * earlier dossiers give what they entered in fields that carry a profile key, the newest value winning. Nothing is
 * derived or guessed: only what was recorded.
 */
@Service
@Transactional(readOnly = true)
public class ApplicantData {

    /** How many earlier dossiers are read, newest first. */
    static final int DOSSIERS_READ = 50;

    /**
     * Profile keys of the person an event is registered for (a birth, a death): the next dossier is about someone
     * else, so these are never carried over.
     */
    static final List<String> EVENT_SUBJECTS = List.of("child.", "deceased.");

    private final AccountDirectory accounts;
    private final Dossiers dossiers;
    private final DossierViews views;
    private final DossierActors actors;
    private final ProcedureCatalog catalog;

    ApplicantData(
            AccountDirectory accounts,
            Dossiers dossiers,
            DossierViews views,
            DossierActors actors,
            ProcedureCatalog catalog) {
        this.accounts = accounts;
        this.dossiers = dossiers;
        this.views = views;
        this.actors = actors;
        this.catalog = catalog;
    }

    /** Values by profile key ({@code applicant.fullName} → "Nguyễn Văn An") for the signed-in applicant. */
    public Map<String, String> known() {
        long accountId = actors.applicantAccountId();
        Map<String, String> known = new LinkedHashMap<>();
        accounts.findById(accountId).ifPresent(account -> fromAccount(account, known));
        Map<Long, Optional<ProcedureView>> versions = new HashMap<>();
        for (Dossiers.FiledData filed : dossiers.findFiledDataByApplicant(accountId, Limit.of(DOSSIERS_READ))) {
            Optional<ProcedureView> version =
                    versions.computeIfAbsent(filed.getProcedureVersionId(), catalog::findVersion);
            version.ifPresent(v -> fromDossier(v.form().fields(), views.fromJson(filed.getFormData()), known));
        }
        return known;
    }

    private static void fromAccount(AccountView account, Map<String, String> known) {
        if (account.kind() == AccountKind.BUSINESS) {
            put(known, "business.name", account.fullName());
            put(known, "business.taxCode", account.taxCode());
        } else {
            put(known, "applicant.fullName", account.fullName());
            put(known, "applicant.personalIdNumber", account.personalIdNumber());
        }
        put(known, "applicant.phone", account.phone());
        put(known, "applicant.email", account.email());
    }

    private static void fromDossier(List<FormField> fields, FormData data, Map<String, String> known) {
        for (FormField field : fields) {
            String key = field.profileKey();
            if (key != null
                    && field.type() != FieldType.GROUP
                    && EVENT_SUBJECTS.stream().noneMatch(key::startsWith)) {
                put(known, key, data.text(field.name()));
            }
        }
    }

    /** Keeps the first value found: the account's, then the newest dossier's. */
    private static void put(Map<String, String> known, String key, String value) {
        if (value != null && !value.isBlank()) {
            known.putIfAbsent(key, value.strip());
        }
    }
}
