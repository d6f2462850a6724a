package vn.civic.exchange.edxml;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** edXML packages for tests: one with every header element filled. */
public final class EdXmlSamples {

    private EdXmlSamples() {}

    /** A decision of {@code from} to {@code to}, numbered {@code number}/QĐ-UBND on 01/12/2026, with one PDF. */
    public static EdocPackage edoc(String from, String to, String number, TraceAction action, byte[] pdf) {
        var header = new MessageHeader(
                new Organisation(
                        from,
                        "Ủy ban nhân dân thành phố Hà Nội",
                        "Ủy ban nhân dân phường Hoàn Kiếm",
                        "79 Đinh Tiên Hoàng, Hà Nội",
                        "ubnd@hoankiem.example",
                        "024 3825 0000",
                        "024 3825 0001",
                        "https://hoankiem.example"),
                List.of(Organisation.of(to, "Ủy ban nhân dân phường Hồng Bàng")),
                new MessageHeader.Code(number, "QĐ-UBND"),
                new MessageHeader.PromulgationInfo("Hà Nội", LocalDate.of(2026, 12, 1)),
                new MessageHeader.DocumentType(2, "Quyết định"),
                "Về việc phối hợp tổ chức ngày hội đọc sách",
                "Nội dung tóm tắt",
                new MessageHeader.SignerInfo("TM. ỦY BAN NHÂN DÂN", "Chủ tịch", "Nguyễn Văn An"),
                LocalDate.of(2026, 12, 15),
                List.of("Như trên", "Lưu: VT"),
                new MessageHeader.OtherInfo(2, "Toàn phường", "NVB", 3, 4, List.of("Phụ lục I")),
                2,
                DocumentIds.of(from, LocalDate.of(2026, 12, 1), number + "/QĐ-UBND"),
                new MessageHeader.ResponseFor(
                        to, "5/UBND-VP", LocalDate.of(2026, 11, 20), to + ",2026/11/20,5/UBND-VP"));
        var trace = new TraceHeaderList(
                List.of(new TraceHeaderList.TraceHeader(from, Instant.parse("2026-12-01T03:00:00Z"))),
                new TraceHeaderList.Business(
                        action,
                        action == TraceAction.NEW ? null : "Sai sót số liệu",
                        new StaffInfo("Văn phòng", "Trần Thị Bình", "0900000000", "binh@hoankiem.example"),
                        action == TraceAction.REPLACE ? List.of(from + ",2026/11/30,11/QĐ-UBND") : List.of(),
                        List.of(Organisation.of(to, "Ủy ban nhân dân phường Hồng Bàng"))));
        return new EdocPackage(
                header,
                trace,
                List.of(new Attachment("cid:1", "application/pdf", "12-QD-UBND.pdf", "Văn bản ký số", pdf)));
    }
}
