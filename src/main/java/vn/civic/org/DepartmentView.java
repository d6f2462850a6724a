package vn.civic.org;

/** A department inside an agency (phòng ban). */
public record DepartmentView(long id, long agencyId, String code, String name, boolean active) {}
