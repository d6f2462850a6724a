package vn.civic.dossier;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.civic.platform.error.FieldViolation;

/**
 * Reads a migration file, JSON or CSV (docs/decisions/0023), into rows of text values with the line each dossier
 * starts on, without judging the values: {@link DossierImport} does. What cannot be read (broken JSON, an unknown
 * column or property) is reported on its line.
 */
@Component
class DossierImportFiles {

    static final List<String> DOSSIER_FIELDS = List.of(
            "code",
            "procedureCode",
            "applicantKind",
            "applicantName",
            "applicantIdNumber",
            "applicantPhone",
            "applicantEmail",
            "channel",
            "agencyCode",
            "status",
            "submittedAt",
            "acceptedAt",
            "dueAt",
            "finishedAt",
            "returnedAt",
            "closingReason",
            "currentStep");
    static final List<String> HISTORY_FIELDS = List.of("at", "actor", "agency", "step", "action", "note", "status");
    static final String RECORD = "record";
    static final String FORM_DATA = "formData";
    static final String HISTORY = "history";

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

    private final JsonMapper json;

    DossierImportFiles(JsonMapper json) {
        this.json = json;
    }

    /** A dossier as read: its fields as text, its form data, its progress entries, and what could not be read. */
    record RawRow(
            int line,
            Map<String, String> fields,
            Map<String, Object> formData,
            List<Map<String, String>> history,
            List<FieldViolation> unreadable) {}

    List<RawRow> readJson(String text) {
        List<RawRow> rows = new ArrayList<>();
        try (JsonParser parser = json.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                rows.add(unreadable(1, null, "import_json_array"));
                return rows;
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                int line = parser.currentTokenLocation().getLineNr();
                // one element at a time, so each keeps its line; the rest of the array follows it
                JsonNode node = json.readerFor(JsonNode.class)
                        .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                        .readValue(parser);
                rows.add(jsonRow(line, node));
            }
            if (parser.currentToken() != JsonToken.END_ARRAY) {
                rows.add(unreadable(parser.currentTokenLocation().getLineNr(), null, "import_json_object"));
            }
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            rows.add(unreadable(line, null, "import_json_malformed"));
        }
        return rows;
    }

    private RawRow jsonRow(int line, JsonNode node) {
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, Object> formData = new LinkedHashMap<>();
        List<Map<String, String>> history = new ArrayList<>();
        List<FieldViolation> unreadable = new ArrayList<>();
        node.properties().forEach(property -> {
            String name = property.getKey();
            JsonNode value = property.getValue();
            if (name.equals(FORM_DATA)) {
                if (value.isObject()) {
                    formData.putAll(json.convertValue(value, MAP));
                } else if (!value.isNull()) {
                    unreadable.add(DossierImport.violation(FORM_DATA, "import_form_data"));
                }
            } else if (name.equals(HISTORY)) {
                if (!value.isArray()) {
                    unreadable.add(DossierImport.violation(HISTORY, "import_history_list"));
                    return;
                }
                for (int i = 0; i < value.size(); i++) {
                    Map<String, String> entry = new LinkedHashMap<>();
                    int index = i;
                    value.get(i).properties().forEach(e -> {
                        if (!HISTORY_FIELDS.contains(e.getKey())) {
                            unreadable.add(DossierImport.violation(
                                    HISTORY + "[" + index + "]." + e.getKey(), "import_field_unknown"));
                        } else if (!e.getValue().isNull()) {
                            entry.put(e.getKey(), e.getValue().asString());
                        }
                    });
                    history.add(entry);
                }
            } else if (!DOSSIER_FIELDS.contains(name)) {
                unreadable.add(DossierImport.violation(name, "import_field_unknown"));
            } else if (!value.isNull()) {
                fields.put(name, value.isValueNode() ? value.asString() : value.toString());
            }
        });
        return new RawRow(line, fields, formData, history, unreadable);
    }

    /**
     * A CSV file with a header: one {@code DOSSIER} record per dossier, followed by its {@code HISTORY} records (the
     * same code). The columns are {@code record}, the dossier fields, {@code formData} (a JSON object) and the
     * history fields prefixed {@code history} ({@code historyAt}, {@code historyActor}, …).
     */
    List<RawRow> readCsv(String text) {
        List<RawRow> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(stripBom(text)), format)) {
            List<String> header = parser.getHeaderNames();
            Set<String> known = new java.util.HashSet<>(DOSSIER_FIELDS);
            known.add(RECORD);
            known.add(FORM_DATA);
            HISTORY_FIELDS.forEach(f -> known.add(historyColumn(f)));
            List<FieldViolation> headerProblems = new ArrayList<>();
            header.stream()
                    .filter(h -> !known.contains(h))
                    .forEach(h -> headerProblems.add(DossierImport.violation(h, "import_column_unknown")));
            if (!header.contains(RECORD)) {
                headerProblems.add(DossierImport.violation(RECORD, "import_column_missing"));
            }
            if (!headerProblems.isEmpty()) {
                rows.add(new RawRow(1, Map.of(), Map.of(), List.of(), headerProblems));
                return rows;
            }
            Map<String, RawRow> byCode = new LinkedHashMap<>();
            String source = stripBom(text);
            List<Integer> breaks = new ArrayList<>();
            for (int i = 0; i < source.length(); i++) {
                if (source.charAt(i) == '\n') {
                    breaks.add(i);
                }
            }
            for (CSVRecord record : parser) {
                int line = lineAt(breaks, record.getCharacterPosition());
                Map<String, String> values = new LinkedHashMap<>();
                record.toMap().forEach((k, v) -> {
                    if (v != null && !v.isBlank()) {
                        values.put(k, v);
                    }
                });
                String kind = values.getOrDefault(RECORD, "");
                if (kind.equalsIgnoreCase("DOSSIER")) {
                    RawRow row = csvDossier(line, values);
                    rows.add(row);
                    if (values.get("code") != null) {
                        byCode.putIfAbsent(values.get("code"), row);
                    }
                } else if (kind.equalsIgnoreCase("HISTORY")) {
                    RawRow owner = values.get("code") == null ? null : byCode.get(values.get("code"));
                    if (owner == null) {
                        rows.add(unreadable(line, values.get("code"), "import_history_orphan"));
                    } else {
                        Map<String, String> entry = new LinkedHashMap<>();
                        HISTORY_FIELDS.forEach(f -> {
                            if (values.get(historyColumn(f)) != null) {
                                entry.put(f, values.get(historyColumn(f)));
                            }
                        });
                        owner.history().add(entry);
                    }
                } else {
                    rows.add(new RawRow(
                            line,
                            values,
                            Map.of(),
                            List.of(),
                            List.of(DossierImport.violation(RECORD, "import_record_kind"))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            rows.add(unreadable(1, null, "import_csv_malformed"));
        }
        return rows;
    }

    private RawRow csvDossier(int line, Map<String, String> values) {
        Map<String, String> fields = new LinkedHashMap<>();
        DOSSIER_FIELDS.forEach(f -> {
            if (values.get(f) != null) {
                fields.put(f, values.get(f));
            }
        });
        Map<String, Object> formData = new LinkedHashMap<>();
        List<FieldViolation> unreadable = new ArrayList<>();
        if (values.get(FORM_DATA) != null) {
            try {
                formData.putAll(json.readValue(values.get(FORM_DATA), MAP));
            } catch (JacksonException e) {
                unreadable.add(DossierImport.violation(FORM_DATA, "import_form_data"));
            }
        }
        return new RawRow(line, fields, formData, new ArrayList<>(), unreadable);
    }

    /** The line (from 1) of a character position: one more than the line breaks before it. */
    private static int lineAt(List<Integer> breaks, long position) {
        int found = java.util.Collections.binarySearch(breaks, (int) position);
        return 1 + (found >= 0 ? found : -found - 1);
    }

    static String historyColumn(String field) {
        return "history" + Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }

    private static RawRow unreadable(int line, String code, String reason) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (code != null) {
            fields.put("code", code);
        }
        return new RawRow(line, fields, Map.of(), List.of(), List.of(DossierImport.violation(null, reason)));
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
