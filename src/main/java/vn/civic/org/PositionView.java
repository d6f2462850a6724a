package vn.civic.org;

/**
 * A position (chức vụ), e.g. Chủ tịch, Trưởng phòng, Chuyên viên.
 *
 * @param leader whether the position leads an agency or a department
 */
public record PositionView(long id, String code, String nameVi, String nameEn, boolean leader) {}
