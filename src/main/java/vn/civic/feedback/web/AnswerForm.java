package vn.civic.feedback.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/** The agency's answer: the text, and the evidence of what was done (photos or a PDF document), both required. */
public class AnswerForm {

    private String text;
    private List<MultipartFile> evidence = new ArrayList<>();

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<MultipartFile> getEvidence() {
        return evidence;
    }

    public void setEvidence(List<MultipartFile> evidence) {
        this.evidence = evidence;
    }
}
