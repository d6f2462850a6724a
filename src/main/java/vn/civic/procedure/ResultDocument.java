package vn.civic.procedure;

/** A result the procedure produces (a certificate, an extract, a licence). */
public record ResultDocument(String code, String name) {}
