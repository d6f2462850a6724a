package vn.civic.feedback.web;

/** Names a report's handler: an account of the agency's staff (none: the caller, on acknowledging). */
public class HandlerForm {

    private Long handler;

    public Long getHandler() {
        return handler;
    }

    public void setHandler(Long handler) {
        this.handler = handler;
    }
}
