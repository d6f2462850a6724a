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
 * @param satisfied answered on time and not rated 1 or 2
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
        long unsatisfied,
        long satisfied) {

    /**
     * Feedback handled on time ÷ feedback handled or overdue (Decision 766: on time ÷ within competence); null when
     * there is nothing to count.
     */
    public Double onTimeRate() {
        long base = answered + overdue;
        return base == 0 ? null : (double) answeredOnTime / base;
    }

    /**
     * Handled on time and not rated unsatisfied ÷ handled or overdue (Decision 766: satisfaction with feedback, the
     * total minus the unsatisfied or overdue, over the total; a report both late and unsatisfied is taken off once);
     * null when there is nothing to count.
     */
    public Double satisfactionRate() {
        long base = answered + overdue;
        return base == 0 ? null : (double) satisfied / base;
    }

    public String label(java.util.Locale locale) {
        return FeedbackCategory.isEnglish(locale) && labelEn != null ? labelEn : labelVi;
    }
}
