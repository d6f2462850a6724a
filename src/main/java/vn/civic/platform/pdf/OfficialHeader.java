package vn.civic.platform.pdf;

import java.time.LocalDate;

/**
 * The heading of an official document (Decree 30/2020/NĐ-CP, Appendix I): the governing body and the issuing agency
 * on the left, the national name and motto on the right, then the place and date.
 *
 * @param governingBody the body the issuer belongs to (cơ quan chủ quản), e.g. "Ủy ban nhân dân thành phố Hà Nội"
 * @param issuer the agency or unit issuing the document, e.g. "Ủy ban nhân dân phường Hoàn Kiếm"
 * @param place the place name (địa danh) written before the date, e.g. "Hà Nội"
 * @param date the date of the document, in Vietnam
 */
public record OfficialHeader(String governingBody, String issuer, String place, LocalDate date) {

    /** The day as Decree 30/2020 writes it: days 1 to 9 with a leading zero ("ngày 05"). */
    public String day() {
        return date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
    }

    /** The month as Decree 30/2020 writes it: January and February with a leading zero ("tháng 02", "tháng 3"). */
    public String month() {
        return date.getMonthValue() <= 2 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
    }
}
