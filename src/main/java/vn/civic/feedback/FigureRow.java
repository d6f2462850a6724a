package vn.civic.feedback;

/**
 * Counts of one group of reports (a category, an agency, or all), the figures Decision 766's satisfaction group uses.
 *
 * @param key the category code or the agency id as text; {@code *} for the total
 * @param received reports submitted in the period
 * @param open still waiting for an answer
 * @param overdue open and past their deadline now
 * @param answered answered (including those closed, rated or reopened since)
 * @param answeredOnTime answered by their resolution deadline
 * @param rated answers the reporter rated
 * @param unsatisfied ratings of 1 or 2 out of 5
 */
public record FigureRow(
        String key,
        String labelVi,
        String labelEn,
        long received,
        long open,
        long overdue,
        long answered,
        long answeredOnTime,
        long rated,
        long unsatisfied) {

    /**
     * Feedback handled on time ÷ feedback handled or overdue (Decision 766: on time ÷ within competence); null when
     * there is nothing to count.
     */
    public Double onTimeRate() {
        long base = answered + overdue;
        return base == 0 ? null : (double) answeredOnTime / base;
    }

    /**
     * (handled or overdue − unsatisfied − overdue − answered late) ÷ handled or overdue (Decision 766: satisfaction
     * with feedback, total minus the unsatisfied or overdue, over the total); null when there is nothing to count.
     */
    public Double satisfactionRate() {
        long base = answered + overdue;
        if (base == 0) {
            return null;
        }
        long late = answered - answeredOnTime;
        return (double) Math.max(0, base - unsatisfied - overdue - late) / base;
    }

    public String label(java.util.Locale locale) {
        return FeedbackCategory.isEnglish(locale) && labelEn != null ? labelEn : labelVi;
    }
}
