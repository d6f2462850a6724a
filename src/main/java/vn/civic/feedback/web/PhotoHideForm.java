package vn.civic.feedback.web;

/** Moderation hides one photo of a report from the public, with a reason. */
public class PhotoHideForm extends ReasonForm {

    private Long photo;

    public Long getPhoto() {
        return photo;
    }

    public void setPhoto(Long photo) {
        this.photo = photo;
    }
}
