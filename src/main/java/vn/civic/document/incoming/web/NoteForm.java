package vn.civic.document.incoming.web;

/** A form of one text: an opinion, a reason to return, a note to a recall answer. */
public class NoteForm {

    private String content;
    private Long version;

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
