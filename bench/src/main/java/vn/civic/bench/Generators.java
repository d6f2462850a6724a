package vn.civic.bench;

import java.util.HashMap;
import java.util.Map;

/** What the data generators (DossierData, DocumentData, FeedbackData) share: their options and COPY's rows. */
final class Generators {

    private Generators() {}

    /**
     * The {@code --name value} pairs of the command line over the defaults (a database user {@code postgres} with an
     * empty password beside the generator's own); refuses a command line without one of the required names.
     */
    static Map<String, String> options(String[] args, Map<String, String> defaults, String usage, String... required) {
        Map<String, String> options = new HashMap<>(Map.of("--user", "postgres", "--password", ""));
        options.putAll(defaults);
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        for (String name : required) {
            if (!options.containsKey(name)) {
                throw new IllegalArgumentException("Usage: " + usage);
            }
        }
        return options;
    }

    /** One row of {@code COPY … from stdin} in its text format: tab-separated, null as {@code \N}. */
    static void row(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            Object value = values[i];
            out.append(value == null ? "\\N" : value instanceof String s ? s.replace("\\", "\\\\") : value);
        }
        out.append('\n');
    }
}
