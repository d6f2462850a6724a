package vn.civic.document.incoming;

import java.time.LocalDate;

/** A handler's part past its deadline, for the overdue list per department. */
public record OverdueLine(
        Long departmentId,
        long documentId,
        Integer registerYear,
        Long incomingNumber,
        String numberSymbol,
        String author,
        String summary,
        String handlerName,
        HandlerRole role,
        LocalDate deadline,
        long daysLate) {}
