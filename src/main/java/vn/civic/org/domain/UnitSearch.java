package vn.civic.org.domain;

import java.util.Comparator;
import java.util.List;
import vn.civic.org.AdministrativeUnitView;
import vn.civic.platform.text.SearchText;

/**
 * Units found by what a person types for an address, diacritics and case ignored: every typed word begins a word of
 * the name ("hoan kiem", "hoan ki" and "p hoan kiem" find "Phường Hoàn Kiếm"), or the text is the unit's code. An
 * exact code comes first, then names holding the typed words in a row, then the rest, each by name. Immutable: kept in
 * memory with the organisation.
 */
public final class UnitSearch {

    /** The most a search answers, whatever the caller asks. */
    public static final int MAX_LIMIT = 50;

    private record Entry(AdministrativeUnitView unit, String folded, String[] words) {}

    private record Hit(AdministrativeUnitView unit, int rank) {}

    private final List<Entry> entries;

    public UnitSearch(List<AdministrativeUnitView> units) {
        this.entries = units.stream()
                .map(u -> {
                    String folded = SearchText.fold(u.name());
                    return new Entry(u, folded, folded.split(" "));
                })
                .toList();
    }

    public List<AdministrativeUnitView> find(String text, int limit) {
        String folded = SearchText.fold(text);
        if (folded.isEmpty() || limit < 1) {
            return List.of();
        }
        String[] typed = folded.split(" ");
        return entries.stream()
                .map(e -> hit(e, text.strip(), folded, typed))
                .filter(h -> h != null)
                .sorted(Comparator.comparingInt(Hit::rank)
                        .thenComparing(h -> h.unit().name()))
                .limit(Math.min(limit, MAX_LIMIT))
                .map(Hit::unit)
                .toList();
    }

    private static Hit hit(Entry entry, String text, String folded, String[] typed) {
        if (entry.unit().code().equalsIgnoreCase(text)) {
            return new Hit(entry.unit(), 0);
        }
        for (String word : typed) {
            boolean begins = false;
            for (String name : entry.words()) {
                if (name.startsWith(word)) {
                    begins = true;
                    break;
                }
            }
            if (!begins) {
                return null;
            }
        }
        return new Hit(entry.unit(), entry.folded().contains(folded) ? 1 : 2);
    }
}
