package vn.civic.dossier;

import vn.civic.procedure.ApplicantKind;

/**
 * The applicant a clerk files for at the counter or by post: a person or business who may have no account.
 *
 * @param idNumber the personal identification number of a citizen, the tax code of a business
 */
public record ApplicantDetails(ApplicantKind kind, String name, String idNumber, String phone, String email) {}
