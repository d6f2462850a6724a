package vn.civic.identity.client.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The form that issues an API key: an optional last day of validity. */
public class KeyForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate expiresOn;

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }
}
