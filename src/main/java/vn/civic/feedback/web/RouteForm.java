package vn.civic.feedback.web;

/** The routing desk sends a report to an agency, with an optional note to it. */
public class RouteForm {

    private Long agency;
    private String note;

    public Long getAgency() {
        return agency;
    }

    public void setAgency(Long agency) {
        this.agency = agency;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
