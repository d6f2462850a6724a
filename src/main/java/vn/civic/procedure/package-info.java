/**
 * The procedure catalogue (thủ tục hành chính) in the national portal's shape: sectors, implementing agencies and
 * level, service level, channels with their time limits and fees, required documents, results, legal basis; each
 * procedure's e-form definition and its processing steps as data. {@link vn.civic.procedure.ProcedureCatalog} is
 * what other modules read; {@link vn.civic.procedure.FormValidator} and {@link vn.civic.procedure.FormPrefill} check
 * and pre-fill the data an applicant enters.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Procedure catalogue",
        allowedDependencies = {"platform", "org"})
package vn.civic.procedure;
