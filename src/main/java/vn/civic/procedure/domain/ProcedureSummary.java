package vn.civic.procedure.domain;

import java.util.List;
import vn.civic.procedure.ProcedureStatus;
import vn.civic.procedure.Sector;
import vn.civic.procedure.ServiceLevel;

/** A line of the catalogue's search results. */
public record ProcedureSummary(
        long id,
        String code,
        String name,
        Sector sector,
        ProcedureStatus status,
        ServiceLevel serviceLevel,
        String levelCode,
        List<String> agencyCodes) {}
