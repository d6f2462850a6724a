package vn.civic.dossier;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.core.io.ByteArrayResource;
import vn.civic.identity.AccountDirectory;
import vn.civic.org.AgencyKind;
import vn.civic.platform.security.Actor;
import vn.civic.platform.security.Privilege;
import vn.civic.procedure.ApplicantKind;
import vn.civic.procedure.Channel;
import vn.civic.procedure.ChannelTerms;
import vn.civic.procedure.FormData;
import vn.civic.procedure.FormDefinition;
import vn.civic.procedure.FormField;
import vn.civic.procedure.ProcedureStatus;
import vn.civic.procedure.ProcedureView;
import vn.civic.procedure.ProcessingTime;
import vn.civic.procedure.RequiredDocument;
import vn.civic.procedure.Sector;
import vn.civic.procedure.ServiceLevel;
import vn.civic.procedure.StepDefinition;
import vn.civic.procedure.StepDefinition.AgencyTarget;
import vn.civic.procedure.StepDefinition.StepKind;
import vn.civic.procedure.domain.ProcedureDocument;
import vn.civic.procedure.domain.ProcedureEditor;
import vn.civic.test.DemoAccounts;
import vn.civic.test.TestActors.TestActor;

/**
 * What the dossier tests share: procedures of their own (unique codes), the demo staff and citizens acting, files.
 * {@link #install} stores the procedures through the catalogue's own import, with its rules.
 */
public final class DossierTesting {

    public static final String FORM_DOCUMENT = "TK";
    public static final String OPTIONAL_DOCUMENT = "GT";
    public static final byte[] PDF = "%PDF-1.4\n%test\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    private static final AtomicLong VERSION_IDS =
            new AtomicLong(9_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L));

    private DossierTesting() {}

    /** Stores the procedure in the real catalogue (a new version when its code exists) and returns what it stored. */
    public static ProcedureView install(ProcedureEditor editor, ProcedureView procedure) {
        editor.importAll(List.of(ProcedureDocument.of(procedure)));
        return editor.get(procedure.code()).procedure();
    }

    /** A commune-level procedure of 5 working days on every channel, for citizens: receive, process, approve, return. */
    public static ProcedureView communeProcedure() {
        return communeProcedure(5);
    }

    /**
     * The same with another processing time: dossiers of a time no other test uses fall due alone, so a test of what
     * happens around a due date does not wait for the notices of every other dossier of the run.
     */
    public static ProcedureView communeProcedure(int workingDays) {
        return procedure(
                workingDays,
                List.of(
                        step(1, StepKind.RECEIVE, "Tiếp nhận hồ sơ", AgencyTarget.RECEIVING, null, "0.5"),
                        step(2, StepKind.PROCESS, "Thẩm định hồ sơ", AgencyTarget.RECEIVING, null, "3"),
                        step(3, StepKind.APPROVE, "Phê duyệt", AgencyTarget.RECEIVING, null, "1"),
                        step(4, StepKind.RETURN, "Trả kết quả", AgencyTarget.RECEIVING, null, "0.5")));
    }

    public static ProcedureView procedure(List<StepDefinition> steps) {
        return procedure(5, steps);
    }

    static ProcedureView procedure(int workingDays, List<StepDefinition> steps) {
        long versionId = VERSION_IDS.incrementAndGet();
        String code = "9." + String.format("%06d", versionId % 1_000_000);
        List<ChannelTerms> channels = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            channels.add(new ChannelTerms(channel, ProcessingTime.workingDays(workingDays), List.of(), null));
        }
        return new ProcedureView(
                versionId,
                versionId,
                1,
                code,
                "Thủ tục thử nghiệm hồ sơ " + code,
                new Sector("TEST-DOSSIER", "Lĩnh vực thử nghiệm hồ sơ"),
                ProcedureStatus.ACTIVE,
                ServiceLevel.FULLY_ONLINE,
                "COMMUNE",
                List.of(),
                channels,
                List.of(
                        new RequiredDocument(
                                FORM_DOCUMENT,
                                "Tờ khai đăng ký khai sinh",
                                Set.of(RequiredDocument.CopyKind.ORIGINAL, RequiredDocument.CopyKind.E_COPY),
                                true,
                                "Mẫu TK"),
                        new RequiredDocument(
                                OPTIONAL_DOCUMENT,
                                "Giấy chứng sinh",
                                Set.of(RequiredDocument.CopyKind.E_COPY),
                                false,
                                null)),
                Set.of(ApplicantKind.CITIZEN),
                List.of(),
                List.of(),
                null,
                new FormDefinition(List.of(
                        field("childName", FormField.FieldType.TEXT, true),
                        field("fatherId", FormField.FieldType.PERSONAL_ID, false))),
                steps);
    }

    public static ProcedureView with(ProcedureView p, ProcedureStatus status, Set<ApplicantKind> applicants) {
        return new ProcedureView(
                p.id(),
                p.versionId(),
                p.version(),
                p.code(),
                p.name(),
                p.sector(),
                status,
                p.serviceLevel(),
                p.levelCode(),
                p.agencyCodes(),
                p.channels(),
                p.documents(),
                applicants,
                p.results(),
                p.legalBasis(),
                p.conditions(),
                p.form(),
                p.steps());
    }

    public static StepDefinition step(
            int order, StepKind kind, String name, AgencyTarget target, AgencyKind kind2, String days) {
        return new StepDefinition(order, kind, name, target, kind2, null, null, new BigDecimal(days));
    }

    private static FormField field(String name, FormField.FieldType type, boolean required) {
        return new FormField(name, type, name, null, null, required, null, null, null, null, null, null);
    }

    public static FormData data() {
        return new FormData(Map.of("childName", "Nguyễn Minh Khôi"));
    }

    static AttachmentUpload file(String documentCode, String name, String type, byte[] bytes) {
        return new AttachmentUpload(documentCode, name, type, new ByteArrayResource(bytes));
    }

    public static AttachmentUpload pdf(String documentCode) {
        return file(documentCode, "to-khai.pdf", "application/pdf", PDF);
    }

    /** A demo account acting with its own privileges. */
    public static TestActor actor(AccountDirectory accounts, String username) {
        return DemoAccounts.actor(accounts, username);
    }

    public static Privilege[] privileges(AccountDirectory accounts, String username) {
        return DemoAccounts.privileges(accounts, username);
    }

    /** Runs {@code action} as a demo account, with its privileges. */
    public static <T> T as(AccountDirectory accounts, String username, Supplier<T> action) {
        return DemoAccounts.as(accounts, username, action);
    }

    public static <T> T as(Actor actor, Supplier<T> action, Privilege... privileges) {
        return DemoAccounts.as(actor, action, privileges);
    }
}
