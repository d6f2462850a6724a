package vn.civic.org.web;

import org.springframework.web.multipart.MultipartFile;

/** The boundary upload: a GeoJSON file and the version of the boundary the page showed (none for a first one). */
public class BoundaryForm {

    private MultipartFile file;
    private Long version;

    static BoundaryForm startingFrom(Long version) {
        BoundaryForm form = new BoundaryForm();
        form.version = version;
        return form;
    }

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
