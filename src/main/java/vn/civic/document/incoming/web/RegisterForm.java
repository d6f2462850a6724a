package vn.civic.document.incoming.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;
import vn.civic.document.Urgency;
import vn.civic.document.incoming.IncomingView;
import vn.civic.document.incoming.RegisterCommand;

/** The register form's fields as the page posts them. */
public class RegisterForm {

    private boolean confidential;
    private Urgency urgency = Urgency.NORMAL;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate receivedDate;

    private String author;
    private String numberSymbol;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate documentDate;

    private String typeCode = "CV";
    private String summary;
    private String recipient;
    private Long recipientDepartmentId;
    private String notes;
    private String signerName;
    private Integer pageCount;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueDate;

    private List<Long> named = new ArrayList<>();
    private List<MultipartFile> files = new ArrayList<>();
    private Long version;

    RegisterCommand command() {
        return new RegisterCommand(
                confidential,
                urgency,
                receivedDate,
                author,
                numberSymbol,
                documentDate,
                typeCode,
                summary,
                recipient,
                recipientDepartmentId,
                notes,
                signerName,
                pageCount,
                dueDate,
                named);
    }

    /** The form of a received document, filled with what the sender sent. */
    static RegisterForm of(IncomingView v, LocalDate today) {
        RegisterForm f = new RegisterForm();
        f.urgency = v.urgency();
        f.receivedDate = today;
        f.author = v.author();
        f.numberSymbol = v.numberSymbol();
        f.documentDate = v.documentDate();
        f.typeCode = v.typeCode();
        f.summary = v.summary();
        f.signerName = v.signerName();
        f.pageCount = v.pageCount();
        f.dueDate = v.dueDate();
        f.notes = v.notes();
        f.version = v.version();
        return f;
    }

    public boolean isConfidential() {
        return confidential;
    }

    public void setConfidential(boolean confidential) {
        this.confidential = confidential;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(Urgency urgency) {
        this.urgency = urgency;
    }

    public LocalDate getReceivedDate() {
        return receivedDate;
    }

    public void setReceivedDate(LocalDate receivedDate) {
        this.receivedDate = receivedDate;
    }

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author;
    }

    public String getNumberSymbol() {
        return numberSymbol;
    }

    public void setNumberSymbol(String numberSymbol) {
        this.numberSymbol = numberSymbol;
    }

    public LocalDate getDocumentDate() {
        return documentDate;
    }

    public void setDocumentDate(LocalDate documentDate) {
        this.documentDate = documentDate;
    }

    public String getTypeCode() {
        return typeCode;
    }

    public void setTypeCode(String typeCode) {
        this.typeCode = typeCode;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public Long getRecipientDepartmentId() {
        return recipientDepartmentId;
    }

    public void setRecipientDepartmentId(Long recipientDepartmentId) {
        this.recipientDepartmentId = recipientDepartmentId;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getSignerName() {
        return signerName;
    }

    public void setSignerName(String signerName) {
        this.signerName = signerName;
    }

    public Integer getPageCount() {
        return pageCount;
    }

    public void setPageCount(Integer pageCount) {
        this.pageCount = pageCount;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public List<Long> getNamed() {
        return named;
    }

    public void setNamed(List<Long> named) {
        this.named = named;
    }

    public List<MultipartFile> getFiles() {
        return files;
    }

    public void setFiles(List<MultipartFile> files) {
        this.files = files;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
