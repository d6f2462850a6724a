package vn.civic.exchange.portal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.civic.dossier.DossierView;
import vn.civic.dossier.DossierView.HistoryView;
import vn.civic.platform.i18n.I18nConfig;
import vn.civic.platform.time.CivicTime;
import vn.civic.procedure.ProcedureCatalog;
import vn.civic.procedure.Sector;

/**
 * A dossier in the national portal's shape (STANDARDS.md: the fields synchronised to the portal; dates
 * {@code yyyyMMddHHmmss} in Asia/Ho_Chi_Minh, absent dates empty). The names of the lists' inner fields, the
 * progress list's own name ({@code QuaTrinhXuLy}) and HinhThuc's codes (the channel: 1 in person, 2 online, 3 by post)
 * are unconfirmed against the portal's specification; they live here alone.
 */
@Component
class PortalDossiers {

    static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(CivicTime.ZONE);

    private final ProcedureCatalog catalog;
    private final MessageSource messages;

    PortalDossiers(ProcedureCatalog catalog, MessageSource messages) {
        this.catalog = catalog;
        this.messages = messages;
    }

    Map<String, Object> shape(DossierView d) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("MaHoSo", d.code());
        out.put("MaTTHC", d.procedureCode());
        out.put("TenTTHC", d.procedureName());
        out.put(
                "MaLinhVuc",
                catalog.findVersion(d.procedureVersionId())
                        .map(p -> p.sector())
                        .map(Sector::code)
                        .orElse(""));
        out.put("ChuHoSo", d.applicantName());
        out.put("LoaiDoiTuong", d.applicantKind().nationalCode());
        out.put("NgayTiepNhan", date(d.acceptedAt() != null ? d.acceptedAt() : d.submittedAt()));
        out.put("NgayHenTra", date(d.dueAt()));
        out.put("TrangThaiHoSo", d.status().code());
        out.put("NgayTra", date(d.returnedAt()));
        out.put("HinhThuc", d.channel().nationalCode());
        out.put("DonViXuLy", d.currentStep() != null ? d.currentStep().agencyName() : d.receivingAgencyName());
        out.put(
                "TaiLieuNop",
                d.attachments().stream()
                        .filter(a -> !a.result())
                        .map(a -> ordered(
                                "TepDinhKemId", a.id(),
                                "MaThanhPhanHoSo", a.documentCode(),
                                "TenTepDinhKem", a.paper() ? "" : a.fileName(),
                                "BanGiay", a.paper(),
                                "LanBoSung", a.round()))
                        .toList());
        out.put(
                "DanhSachGiayToKetQua",
                d.attachments().stream()
                        .filter(DossierView.AttachmentView::result)
                        .map(a -> ordered(
                                "TepDinhKemId", a.id(),
                                "MaGiayTo", a.documentCode(),
                                "TenGiayTo", a.fileName(),
                                "NgayCap", date(a.addedAt())))
                        .toList());
        out.put(
                "DanhSachHoSoBoSung",
                d.supplements().stream()
                        .map(s -> ordered(
                                "LanBoSung", s.round(),
                                "NguoiYeuCauBoSung", s.requestedBy(),
                                "NoiDungBoSung", s.reason(),
                                "DanhSachGiayToBoSung", s.documents(),
                                "NgayYeuCauBoSung", date(s.requestedAt()),
                                "NgayCongDanBoSung", date(s.suppliedAt())))
                        .toList());
        out.put("QuaTrinhXuLy", d.history().stream().map(this::progress).toList());
        return out;
    }

    private Map<String, Object> progress(HistoryView h) {
        String action = messages.getMessage("dossier.history." + h.action(), null, h.action(), I18nConfig.VIETNAMESE);
        return ordered(
                "NguoiXuLy", h.actorName(),
                "ThoiDiemXuLy", date(h.at()),
                "PhongBanXuLy", h.agencyName(),
                "NoiDungXuLy", h.note() == null || h.note().isBlank() ? action : action + ": " + h.note(),
                "TrangThai", h.status().code(),
                "NgayBatDau", date(h.stepStartedAt()),
                "NgayKetThucTheoQuyDinh", date(h.stepDueAt()));
    }

    static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    private static Map<String, Object> ordered(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1] == null ? "" : pairs[i + 1]);
        }
        return map;
    }
}
