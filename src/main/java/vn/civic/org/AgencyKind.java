package vn.civic.org;

/** What sort of body an agency is; pages and later modules (one-stop counters, registers) tell them apart. */
public enum AgencyKind {
    /** Ủy ban nhân dân: of a province/city or of a commune/ward. */
    PEOPLES_COMMITTEE,
    /** Cơ quan chuyên môn of a province: a sở such as Sở Tư pháp. */
    DEPARTMENT_OF_PROVINCE,
    /** Trung tâm Phục vụ hành chính công: the one-stop counter of a province or commune. */
    PUBLIC_SERVICE_CENTRE,
    /** Công an: the police of a commune/ward or of the province (residence registration, ID cards). */
    POLICE,
    /** Bảo hiểm xã hội: the social-insurance office serving a province or an area (health-insurance cards). */
    SOCIAL_INSURANCE,
    /** Any other state body (tax offices, and others). */
    OTHER
}
