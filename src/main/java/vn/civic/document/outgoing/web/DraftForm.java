package vn.civic.document.outgoing.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.civic.document.Urgency;

/** The new draft form's fields. */
public class DraftForm {

    private String typeCode = "CV";
    private String summary;
    private boolean confidential;
    private Urgency urgency = Urgency.NORMAL;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueDate;

    private String notes;
    private Long replacesDocumentId;
    private String main;
    private String appendices;

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

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Long getReplacesDocumentId() {
        return replacesDocumentId;
    }

    public void setReplacesDocumentId(Long replacesDocumentId) {
        this.replacesDocumentId = replacesDocumentId;
    }

    /** Holds no value: the file inputs' errors are marked on these names. */
    public String getMain() {
        return main;
    }

    public String getAppendices() {
        return appendices;
    }
}
