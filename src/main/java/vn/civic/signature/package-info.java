/**
 * Digital signatures: PAdES signing of PDFs with keys the operator configures (a keystore or PKCS#12 file; demo keys
 * generated for the demo city), and validation of signed PDFs into a report anyone can read (signer, time,
 * integrity, certificate chain).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Digital signatures",
        allowedDependencies = {"platform"})
package vn.civic.signature;
