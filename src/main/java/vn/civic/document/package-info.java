/**
 * Official documents (văn bản) by Decree 30/2020: incoming documents registered and assigned to handlers with
 * deadlines; outgoing drafts consulted, reviewed, approved, numbered, signed, sealed and issued to recipients; the
 * incoming and outgoing registers; full-text search; who may read what (decision 0025).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Official documents",
        allowedDependencies = {"platform", "org", "identity", "signature"})
package vn.civic.document;
