package vn.civic.org;

/** A position (chức vụ), e.g. Chủ tịch, Trưởng phòng, Chuyên viên. */
public record PositionView(long id, String code, String name) {}
