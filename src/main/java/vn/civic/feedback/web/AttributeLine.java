package vn.civic.feedback.web;

import java.util.List;

/** One answer to a report category's question, as staff read it: the code, the question, the values by name. */
public record AttributeLine(String code, String question, List<String> values) {}
