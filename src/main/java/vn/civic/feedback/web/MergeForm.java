package vn.civic.feedback.web;

/** The routing desk merges this report, a duplicate, into the report of the code given. */
public class MergeForm {

    private String into;

    public String getInto() {
        return into;
    }

    public void setInto(String into) {
        this.into = into;
    }
}
