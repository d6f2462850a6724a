package vn.civic.document.incoming;

import java.time.LocalDate;
import java.util.List;

/**
 * A bút phê: the instruction, the deadline and the people. A leader names the lead handler; a handler's
 * sub-assignment inside their department names co-handlers and people for information only ({@code leadAccountId}
 * null).
 */
public record AssignCommand(
        String instruction, LocalDate deadline, Long leadAccountId, List<Long> coHandlers, List<Long> information) {

    public AssignCommand {
        coHandlers = coHandlers == null ? List.of() : List.copyOf(coHandlers);
        information = information == null ? List.of() : List.copyOf(information);
    }
}
