/**
 * Fee payments through gateways (a port, with a built-in sandbox gateway that behaves like a real one: redirect,
 * signed callback, query, failure and timeout) and electronic receipts. Knows payment orders by an opaque reference;
 * the module that owes the fee listens to its events.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Payments",
        allowedDependencies = {"platform"})
package vn.civic.payment;
