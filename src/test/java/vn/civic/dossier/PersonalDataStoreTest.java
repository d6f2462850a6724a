package vn.civic.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.civic.dossier.DossierTesting.FORM_DOCUMENT;
import static vn.civic.dossier.DossierTesting.OPTIONAL_DOCUMENT;
import static vn.civic.dossier.DossierTesting.as;
import static vn.civic.dossier.DossierTesting.data;
import static vn.civic.dossier.DossierTesting.pdf;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.civic.identity.AccountDirectory;
import vn.civic.org.OrgDirectory;
import vn.civic.org.demo.DemoAgencies;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.procedure.ProcedureView;
import vn.civic.procedure.domain.ProcedureEditor;
import vn.civic.test.CivicTest;

/**
 * The personal data store: what an applicant filed is kept for them, reused in a new dossier without uploading it
 * again (the file shared, the reuse recorded), and never reachable by anybody else.
 */
@CivicTest
class PersonalDataStoreTest {

    static final String CITIZEN = "031088006789";
    static final String OTHER_CITIZEN = "031302001234";

    @Autowired
    ProcedureEditor procedureEditor;

    @Autowired
    DossierSubmission submission;

    @Autowired
    PersonalDataStore store;

    @Autowired
    DossierQueries queries;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    OrgDirectory org;

    @Autowired
    JdbcTemplate jdbc;

    ProcedureView procedure;

    @BeforeEach
    void install() {
        procedure = DossierTesting.install(procedureEditor, DossierTesting.communeProcedure());
    }

    long hoanKiem() {
        return org.findAgencyByCode(DemoAgencies.HOAN_KIEM).orElseThrow().id();
    }

    DossierView file(String who, OnlineSubmission submissionOf) {
        return as(accounts, who, () -> submission.submitOnline(submissionOf));
    }

    List<PersonalDataStore.StoredDocument> storeOf(String who) {
        return as(accounts, who, store::mine);
    }

    @Test
    void aFiledDocumentIsKeptAndReusedInANewDossierWithoutUploadingIt() {
        DossierView first = file(
                CITIZEN, new OnlineSubmission(procedure.code(), hoanKiem(), data(), List.of(pdf(FORM_DOCUMENT)), null));
        PersonalDataStore.StoredDocument kept = storeOf(CITIZEN).stream()
                .filter(d -> d.dossierCode().equals(first.code()))
                .findFirst()
                .orElseThrow();
        assertThat(kept.documentCode()).isEqualTo(FORM_DOCUMENT);
        assertThat(kept.documentName()).isNotBlank().isNotEqualTo(FORM_DOCUMENT);
        assertThat(kept.result()).isFalse();
        assertThat(kept.reuses()).isEmpty();

        // the mandatory form document is given from the store alone: no file uploaded
        DossierView second = file(
                CITIZEN,
                new OnlineSubmission(
                        procedure.code(),
                        hoanKiem(),
                        data(),
                        List.of(),
                        List.of(new DocumentReuse(FORM_DOCUMENT, kept.attachmentId())),
                        null));

        DossierView.AttachmentView copy = second.attachments().getFirst();
        DossierView.AttachmentView original = first.attachments().getFirst();
        assertThat(copy.documentCode()).isEqualTo(FORM_DOCUMENT);
        assertThat(copy.sha256()).isEqualTo(original.sha256());
        assertThat(copy.fileName()).isEqualTo(original.fileName());
        Map<String, Object> row = jdbc.queryForMap(
                "select storage_key, reused_from_id, added_by from dossier_attachment where id = ?", copy.id());
        assertThat(row.get("reused_from_id")).isEqualTo(kept.attachmentId());
        assertThat(row.get("storage_key"))
                .isEqualTo(jdbc.queryForObject(
                        "select storage_key from dossier_attachment where id = ?", String.class, original.id()));
        // the reused file opens from the new dossier like an uploaded one
        assertThat(as(
                        accounts,
                        CITIZEN,
                        () -> queries.open(second.id(), copy.id()).size()))
                .isEqualTo(original.size());

        // the store lists the original once, with where it was used again; the copy is not a second entry
        List<PersonalDataStore.StoredDocument> after = storeOf(CITIZEN);
        assertThat(after)
                .extracting(PersonalDataStore.StoredDocument::attachmentId)
                .doesNotContain(copy.id());
        PersonalDataStore.StoredDocument again = after.stream()
                .filter(d -> d.attachmentId() == kept.attachmentId())
                .findFirst()
                .orElseThrow();
        assertThat(again.reuses())
                .extracting(PersonalDataStore.Reuse::dossierCode, PersonalDataStore.Reuse::documentCode)
                .containsExactly(tuple(second.code(), FORM_DOCUMENT));

        // reusing the copy records the original, so the chain never grows
        DossierView third = file(
                CITIZEN,
                new OnlineSubmission(
                        procedure.code(),
                        hoanKiem(),
                        data(),
                        List.of(),
                        List.of(new DocumentReuse(FORM_DOCUMENT, copy.id())),
                        null));
        assertThat(jdbc.queryForObject(
                        "select reused_from_id from dossier_attachment where id = ?",
                        Long.class,
                        third.attachments().getFirst().id()))
                .isEqualTo(kept.attachmentId());
    }

    @Test
    void anotherApplicantsDocumentCannotBeReusedAndNothingIsFiled() {
        DossierView theirs = file(
                OTHER_CITIZEN,
                new OnlineSubmission(procedure.code(), hoanKiem(), data(), List.of(pdf(FORM_DOCUMENT)), null));
        long theirFile = theirs.attachments().getFirst().id();
        assertThat(storeOf(CITIZEN))
                .extracting(PersonalDataStore.StoredDocument::attachmentId)
                .doesNotContain(theirFile);
        Integer before = jdbc.queryForObject(
                "select count(*) from dossier where procedure_code = ?", Integer.class, procedure.code());

        assertThatThrownBy(() -> file(
                        CITIZEN,
                        new OnlineSubmission(
                                procedure.code(),
                                hoanKiem(),
                                data(),
                                List.of(),
                                List.of(new DocumentReuse(FORM_DOCUMENT, theirFile)),
                                null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.field())
                                .containsExactly("document." + FORM_DOCUMENT));
        assertThat(jdbc.queryForObject(
                        "select count(*) from dossier where procedure_code = ?", Integer.class, procedure.code()))
                .isEqualTo(before);
    }

    @Test
    void aReuseForADocumentTheProcedureDoesNotAskForIsRefused() {
        DossierView first = file(
                CITIZEN,
                new OnlineSubmission(
                        procedure.code(),
                        hoanKiem(),
                        data(),
                        List.of(pdf(FORM_DOCUMENT), pdf(OPTIONAL_DOCUMENT)),
                        null));
        assertThatThrownBy(() -> file(
                        CITIZEN,
                        new OnlineSubmission(
                                procedure.code(),
                                hoanKiem(),
                                data(),
                                List.of(pdf(FORM_DOCUMENT)),
                                List.of(new DocumentReuse(
                                        "XX", first.attachments().getLast().id())),
                                null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.field())
                                .containsExactly("document.XX"));
    }
}
