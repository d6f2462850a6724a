package vn.civic.document.outgoing;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.civic.document.AccessReason;
import vn.civic.document.DocumentError;
import vn.civic.document.DocumentKind;
import vn.civic.document.DocumentNumbers;
import vn.civic.document.DocumentTypeView;
import vn.civic.document.DocumentTypes;
import vn.civic.document.outgoing.OutgoingView.FileView;
import vn.civic.identity.AccountView;
import vn.civic.org.AdministrativeUnitView;
import vn.civic.org.AgencyView;
import vn.civic.org.DepartmentView;
import vn.civic.platform.error.ConflictException;
import vn.civic.platform.i18n.I18nConfig;
import vn.civic.platform.storage.StoredFile;
import vn.civic.signature.PdfSignatures;
import vn.civic.signature.SignatureValidation;
import vn.civic.signature.SignerKeys;
import vn.civic.signature.ValidationReport;

/**
 * Issuing an approved outgoing document in one transaction (Decree 30/2020 Art. 15, 16; decision 0027): the next
 * number of the agency's outgoing register, the symbol, the date, both written on the PDF, then the signer's PAdES
 * signature and the agency's seal over it, checked by validation; the signed PDF is kept as a new version and the
 * recipients are told ({@link vn.civic.document.OutgoingDocumentIssued}). Anything refused rolls the whole issue
 * back, the number with it. Also the recall (thu hồi).
 */
@Service
public class OutgoingIssuing {

    private final OutgoingSupport s;
    private final DocumentNumbers numbers;
    private final DocumentTypes types;
    private final NumberStamp stamp;
    private final PdfSignatures signatures;
    private final SignatureValidation validation;
    private final MessageSource messages;

    OutgoingIssuing(
            OutgoingSupport support,
            DocumentNumbers numbers,
            DocumentTypes types,
            NumberStamp stamp,
            PdfSignatures signatures,
            SignatureValidation validation,
            MessageSource messages) {
        this.s = support;
        this.numbers = numbers;
        this.types = types;
        this.stamp = stamp;
        this.signatures = signatures;
        this.validation = validation;
        this.messages = messages;
    }

    /** What issuing gave: the number and symbol and the date. */
    public record Issued(long number, String numberSymbol, LocalDate issuedDate) {}

    /**
     * What the clerk writes in the outgoing register at issuing (Decree 30/2020 Appendix IV): the number of copies and
     * the unit or person keeping the file copy; null for the defaults (no count, "VT" and the drafting department).
     */
    public record IssueDetails(Integer copies, String fileCopyKeeper) {

        public static final IssueDetails DEFAULT = new IssueDetails(null, null);

        static final int MAX_COPIES = 9_999;
        static final int MAX_KEEPER = 300;
    }

    /** A clerk of the agency issues the approved document with the register's defaults. */
    @Transactional
    public Issued issue(long id) {
        return issue(id, IssueDetails.DEFAULT);
    }

    /** A clerk of the agency issues the approved document. */
    @Transactional
    public Issued issue(long id, IssueDetails details) {
        if (details.copies() != null && (details.copies() < 1 || details.copies() > IssueDetails.MAX_COPIES)) {
            throw OutgoingError.COPIES_INVALID.on("copies", IssueDetails.MAX_COPIES);
        }
        if (details.fileCopyKeeper() != null && details.fileCopyKeeper().strip().length() > IssueDetails.MAX_KEEPER) {
            throw OutgoingError.FIELD_TOO_LONG.on("fileCopyKeeper", IssueDetails.MAX_KEEPER);
        }
        AccountView me = s.me();
        OutgoingDocument d = s.loadForUpdate(id);
        if (me.agencyId() == null || me.agencyId() != d.agencyId() || d.status() != OutgoingStatus.APPROVED) {
            throw new ConflictException(
                    OutgoingError.ACTION_NOT_ALLOWED, d.status().name());
        }
        if (s.records.recipients(d.id()).isEmpty()) {
            throw new ConflictException(OutgoingError.RECIPIENTS_MISSING);
        }
        AgencyView agency = s.org.findAgency(d.agencyId()).orElseThrow();
        if (agency.abbreviation() == null || agency.abbreviation().isBlank()) {
            throw new ConflictException(DocumentError.ISSUER_ABBREVIATION_MISSING, agency.name());
        }
        DocumentTypeView type = types.find(d.typeCode()).orElseThrow();
        String unit = type.letter() && d.departmentId() != null
                ? s.org.findDepartment(d.departmentId())
                        .map(DepartmentView::code)
                        .orElse(null)
                : null;
        AccountView signer = d.signerAccountId() == null
                ? null
                : s.accounts.findById(d.signerAccountId()).orElse(null);
        String signerKey = signer == null ? null : SignerKeys.person(signer.username());
        if (signerKey == null || !signatures.canSign(signerKey)) {
            throw new ConflictException(OutgoingError.SIGNER_KEY_MISSING, d.signerName());
        }
        String sealKey = SignerKeys.seal(agency.code());
        if (!signatures.canSign(sealKey)) {
            throw new ConflictException(OutgoingError.SIGNER_KEY_MISSING, agency.name());
        }
        FileView main = s.records.files(d.id()).stream()
                .filter(f -> f.current() && f.role() == FileRole.MAIN)
                .findFirst()
                .orElseThrow(() -> new ConflictException(OutgoingError.MAIN_FILE_MISSING));

        // the number is taken here and kept only if everything below succeeds (one transaction)
        DocumentNumbers.RegisterNumber number = numbers.next(DocumentKind.OUTGOING, d.agencyId(), d.confidential());
        String symbol = DocumentNumbers.symbol(number.number(), type, agency.abbreviation(), unit);
        LocalDate date = s.today();
        String place = place(agency);
        byte[] pdf = stamp.stamp(
                s.read(s.records.storageKey(d.id(), main).orElseThrow()),
                vietnamese("outgoing.stamp.number", symbol),
                vietnamese("outgoing.stamp.date", place, day(date), month(date), Integer.toString(date.getYear())));
        pdf = signatures.sign(pdf, signerKey, vietnamese("outgoing.sign.reason.signer", symbol), place);
        pdf = signatures.sign(pdf, sealKey, vietnamese("outgoing.sign.reason.seal", symbol), place);
        ValidationReport report = validation.validate(pdf);
        if (!report.valid()) {
            throw new ConflictException(
                    OutgoingError.SIGNATURE_NOT_VALID, report.verdict().name());
        }
        StoredFile stored = s.storage.store(new ByteArrayInputStream(pdf));
        s.deleteOnRollback(stored.key());
        Instant now = s.clock.instant();
        s.records.addFile(d.id(), FileRole.SIGNED, stored, signedName(symbol), "application/pdf", me.actorId(), now);
        String keeper =
                details.fileCopyKeeper() == null || details.fileCopyKeeper().isBlank()
                        ? defaultKeeper(d)
                        : details.fileCopyKeeper().strip();
        d.issue(number.year(), number.number(), symbol, date, now, me.actorId(), details.copies(), keeper);
        try {
            s.documents.saveAndFlush(d);
        } catch (DataIntegrityViolationException taken) {
            // the unique (agency, year, confidentiality, number) constraint: the last guard of decision 0025
            throw new ConflictException(DocumentError.NUMBER_TAKEN, symbol);
        }
        s.access.grant(DocumentKind.OUTGOING, d.id(), signer.id(), AccessReason.SIGNER);
        s.audit(
                "outgoing.issued",
                d,
                OutgoingStatus.APPROVED.name(),
                OutgoingStatus.ISSUED + " " + symbol + " " + date + " year=" + number.year() + " number="
                        + number.number() + (d.confidential() ? " confidential" : "") + " sha256=" + stored.sha256());
        s.index(d);
        return new Issued(number.number(), symbol, date);
    }

    /** A clerk of the agency recalls an issued document with a reason; its recipients are told. */
    @Transactional
    public void recall(long id, String reason) {
        AccountView me = s.me();
        OutgoingDocument d = s.loadForUpdate(id);
        if (me.agencyId() == null || me.agencyId() != d.agencyId()) {
            throw new ConflictException(
                    OutgoingError.ACTION_NOT_ALLOWED, d.status().name());
        }
        if (reason == null || reason.isBlank()) {
            throw OutgoingError.FIELD_REQUIRED.on("reason");
        }
        d.recall(reason.strip(), s.clock.instant());
        s.documents.saveAndFlush(d);
        s.audit("outgoing.recalled", d, OutgoingStatus.ISSUED.name(), OutgoingStatus.RECALLED + " " + reason.strip());
        s.index(d);
    }

    /** Where the agency issues: its province or city as Decree 30/2020 writes it ("Hà Nội", "Hải Phòng"). */
    String place(AgencyView agency) {
        if (agency.administrativeUnitId() == null) {
            return agency.name();
        }
        List<AdministrativeUnitView> path = s.org.unitPath(agency.administrativeUnitId());
        if (path.isEmpty()) {
            return agency.name();
        }
        return path.getFirst().name().replaceFirst("^(Thành phố|Tỉnh)\\s+", "");
    }

    /** Decree 30/2020 Appendix I: days below 10 and the months January and February take a leading zero. */
    static String day(LocalDate date) {
        return date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : Integer.toString(date.getDayOfMonth());
    }

    static String month(LocalDate date) {
        return date.getMonthValue() < 3 ? "0" + date.getMonthValue() : Integer.toString(date.getMonthValue());
    }

    private static String signedName(String symbol) {
        return symbol.replaceAll("[^\\p{L}\\p{N}]+", "-") + ".pdf";
    }

    private String vietnamese(String key, Object... args) {
        return messages.getMessage(key, args, I18nConfig.VIETNAMESE);
    }

    /** "Lưu: VT, <drafting department>" as Decree 30/2020 writes the file copies: the clerks' office and the drafter. */
    private String defaultKeeper(OutgoingDocument d) {
        String department = d.departmentId() == null
                ? null
                : s.org.findDepartment(d.departmentId())
                        .map(DepartmentView::code)
                        .orElse(null);
        return department == null ? "VT" : "VT, " + department;
    }
}
