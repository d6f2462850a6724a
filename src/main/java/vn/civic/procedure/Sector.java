package vn.civic.procedure;

/** A sector (lĩnh vực) of the national catalogue, e.g. {@code 1.000.000.10} "Hộ tịch". */
public record Sector(String code, String name) {}
