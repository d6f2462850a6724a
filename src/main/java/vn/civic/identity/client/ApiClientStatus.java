package vn.civic.identity.client;

/** A client is active until an administrator revokes it; revocation is final. */
public enum ApiClientStatus {
    ACTIVE,
    REVOKED
}
