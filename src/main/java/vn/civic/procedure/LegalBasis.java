package vn.civic.procedure;

/** A text the procedure rests on: its number ({@code 123/2015/NĐ-CP}) and title. */
public record LegalBasis(String number, String title) {}
