package vn.civic.document.register;

import java.util.List;

/** One page of a register on screen. */
public record RegisterPage(RegisterQuery query, List<RegisterEntry> entries, int page, boolean hasNext) {

    public RegisterPage {
        entries = List.copyOf(entries);
    }
}
