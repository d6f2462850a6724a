package vn.civic.identity;

/** Who an account belongs to. */
public enum AccountKind {
    /** A person, identified by the personal identification number. */
    CITIZEN,
    /** An enterprise or organisation, identified by its tax code. */
    BUSINESS,
    /** An official of an agency, with roles. */
    STAFF
}
