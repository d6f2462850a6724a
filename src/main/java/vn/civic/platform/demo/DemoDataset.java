package vn.civic.platform.demo;

import java.util.List;

/**
 * A module's part of the demo city. Loaded at start-up when {@code civic.demo.enabled=true}, in {@link #order()}
 * (org before identity, and so on), each only into its own empty tables, so a restart changes nothing.
 */
public interface DemoDataset {

    /** Lower loads first. Org: 100, identity: 200; later modules use higher numbers. */
    int order();

    /** Loads the dataset unless it is already there. */
    void loadIfAbsent();

    /** Lines for the start-up banner (e.g. the demo accounts); empty for none. */
    default List<String> banner() {
        return List.of();
    }
}
