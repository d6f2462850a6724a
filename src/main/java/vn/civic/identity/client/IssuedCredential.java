package vn.civic.identity.client;

/**
 * A secret or API key in clear, returned once when it is made and never stored or shown again.
 *
 * @param client the client it belongs to
 * @param kind what it is
 * @param value the secret or key itself
 * @param key the key's view, for {@link Kind#API_KEY}; null for a secret
 */
public record IssuedCredential(ApiClientView client, Kind kind, String value, ApiKeyView key) {

    public enum Kind {
        CLIENT_SECRET,
        API_KEY
    }

    /** Keeps the value out of logs and exception messages. */
    @Override
    public String toString() {
        return "IssuedCredential[" + kind + " of " + client.clientId() + "]";
    }
}
