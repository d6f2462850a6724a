package vn.civic.dossier;

/**
 * The figures of a statistics line (an agency, a procedure, or all of them), counted from the dossiers of the period;
 * the shares and averages are derived here, never stored. docs/decisions/0022-dossier-statistics.md defines each.
 *
 * @param receivedOnline dossiers filed in the period online
 * @param receivedInPerson ... at the counter
 * @param receivedPost ... by post
 * @param feeDue dossiers filed in the period with a fee to pay
 * @param paidOnline of those, paid online
 * @param digitised dossiers filed at the counter or by post in the period whose every component received was kept as an
 *     electronic file (none only on paper)
 * @param finishedEarly dossiers finished in the period on a day before their due date
 * @param finishedOnTime ... on their due date by its time
 * @param finishedLate ... after their due time
 * @param processingSeconds of the dossiers finished in the period, the sum of the time from acceptance to finishing
 * @param eResults of the dossiers finished in the period, those with a signed electronic result
 * @param ratings of the dossiers finished in the period, those the applicant rated
 * @param ratingSum the sum of those ratings (1 to 5)
 * @param satisfied of those ratings, 4 or 5
 * @param inProgressOnTime dossiers open at the period's end (or now, for a period not yet over) and not past their due
 *     date, or waiting for the applicant's supplement
 * @param inProgressOverdue dossiers open then and past their due date
 */
public record DossierFigures(
        long receivedOnline,
        long receivedInPerson,
        long receivedPost,
        long feeDue,
        long paidOnline,
        long digitised,
        long finishedEarly,
        long finishedOnTime,
        long finishedLate,
        long processingSeconds,
        long eResults,
        long ratings,
        long ratingSum,
        long satisfied,
        long inProgressOnTime,
        long inProgressOverdue) {

    public static final DossierFigures NONE = new DossierFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    private static final double SECONDS_PER_DAY = 86_400;

    public DossierFigures plus(DossierFigures o) {
        return new DossierFigures(
                receivedOnline + o.receivedOnline,
                receivedInPerson + o.receivedInPerson,
                receivedPost + o.receivedPost,
                feeDue + o.feeDue,
                paidOnline + o.paidOnline,
                digitised + o.digitised,
                finishedEarly + o.finishedEarly,
                finishedOnTime + o.finishedOnTime,
                finishedLate + o.finishedLate,
                processingSeconds + o.processingSeconds,
                eResults + o.eResults,
                ratings + o.ratings,
                ratingSum + o.ratingSum,
                satisfied + o.satisfied,
                inProgressOnTime + o.inProgressOnTime,
                inProgressOverdue + o.inProgressOverdue);
    }

    public long received() {
        return receivedOnline + receivedInPerson + receivedPost;
    }

    /** Filed at the counter or by post: the dossiers that can be digitised. */
    public long receivedOnPaper() {
        return receivedInPerson + receivedPost;
    }

    public long finished() {
        return finishedEarly + finishedOnTime + finishedLate;
    }

    public long inProgress() {
        return inProgressOnTime + inProgressOverdue;
    }

    /** Average calendar days from acceptance to finishing; null when none finished. */
    public Double averageProcessingDays() {
        return finished() == 0 ? null : processingSeconds / SECONDS_PER_DAY / finished();
    }

    /** Finished early or on time, of all finished (Decision 766, progress and results); null when none finished. */
    public Double timelyShare() {
        return share(finishedEarly + finishedOnTime, finished());
    }

    /** Filed online, of all received. */
    public Double onlineShare() {
        return share(receivedOnline, received());
    }

    /** Paid online, of the dossiers with a fee. */
    public Double paidOnlineShare() {
        return share(paidOnline, feeDue);
    }

    /** Digitised, of the dossiers filed at the counter or by post. */
    public Double digitisedShare() {
        return share(digitised, receivedOnPaper());
    }

    /** With an electronic result, of the dossiers finished. */
    public Double eResultShare() {
        return share(eResults, finished());
    }

    /** Rated 4 or 5, of the dossiers rated. */
    public Double satisfactionShare() {
        return share(satisfied, ratings);
    }

    /** The average rating, 1 to 5; null without ratings. */
    public Double averageRating() {
        return ratings == 0 ? null : ratingSum / (double) ratings;
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : part / (double) whole;
    }
}
