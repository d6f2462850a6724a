package vn.civic.exchange.documents;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Other installations that exchange documents with this one ({@code civic.exchange.peers[i].*}, decision 0028). A peer
 * serves the agencies whose organisation codes it lists; documents for them are POSTed to its URL, and what it sends
 * here is accepted when signed with the shared secret.
 *
 * @param peerTimeout how long to wait for a peer's answer; a timeout is retried by the outbox
 */
@ConfigurationProperties("civic.exchange")
public record ExchangePeers(
        @DefaultValue List<Peer> peers, @DefaultValue("30s") Duration peerTimeout) {

    /**
     * One peer.
     *
     * @param name how the log names it
     * @param codes organisation codes it serves; one ending in {@code *} is a prefix ({@code 000.00.00.*})
     * @param url its base URL; packages go to {@code <url>/api/exchange/edxml}. May hold {@code ${...}} placeholders,
     *     resolved when sending (the tests point a peer at their own random port)
     * @param secret the shared secret of the HMAC-SHA256 request signature, both ways
     */
    public record Peer(String name, @DefaultValue List<String> codes, String url, String secret) {

        /** How specific this peer's entry for the code is: its length, or -1 when it does not serve the code. */
        int match(String organisationCode) {
            int best = -1;
            for (String code : codes) {
                String entry = code.strip();
                if (entry.endsWith("*")) {
                    String prefix = entry.substring(0, entry.length() - 1);
                    if (organisationCode.startsWith(prefix)) {
                        best = Math.max(best, prefix.length());
                    }
                } else if (entry.equalsIgnoreCase(organisationCode)) {
                    best = Math.max(best, Integer.MAX_VALUE);
                }
            }
            return best;
        }
    }

    /** The peer serving an organisation code (its most specific entry), if any. */
    public Optional<Peer> serving(String organisationCode) {
        if (organisationCode == null) {
            return Optional.empty();
        }
        return peers.stream()
                .filter(p -> p.match(organisationCode) >= 0)
                .max(Comparator.comparingInt(p -> p.match(organisationCode)));
    }
}
