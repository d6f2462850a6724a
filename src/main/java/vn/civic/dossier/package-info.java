/**
 * One-stop dossiers (hồ sơ một cửa): submission online, at the counter and by post; attachments; processing step by
 * step across agencies against working-day deadlines with the clock stopped for supplements; the national statuses
 * 1–10 and progress history; receipts and the applicant's tracking.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "One-stop dossiers",
        allowedDependencies = {"platform", "procedure", "identity", "org", "payment", "signature"})
package vn.civic.dossier;
