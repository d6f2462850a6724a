package vn.civic.feedback;

/** The two kinds of feedback category. */
public enum CategoryGroup {
    /** A problem on site: traffic, environment, public order, construction, lighting, trees, water and drainage. */
    ON_SITE,
    /** A problem with an administrative procedure or with one dossier (linked by its dossier code). */
    PROCEDURE
}
