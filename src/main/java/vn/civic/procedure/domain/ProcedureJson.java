package vn.civic.procedure.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.procedure.FormDefinition;

/**
 * Procedure documents as JSON: the stored versions, the export and import files and the API share this shape. A
 * property the shape does not know is refused, so a typo in an imported file does not pass silently; a missing flag
 * reads as false.
 */
@Component
public class ProcedureJson {

    private final JsonMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .changeDefaultPropertyInclusion(v -> v.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    /** A stored version, written by {@link #write}. */
    ProcedureDocument read(String json) {
        return mapper.readValue(json, ProcedureDocument.class);
    }

    String write(ProcedureDocument document) {
        return mapper.writeValueAsString(document);
    }

    /** Indented, for people: an export file. */
    public String writeReadable(Object documents) {
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(documents);
    }

    /**
     * An import file: one procedure document or an array of them.
     *
     * @throws InvalidInputException on {@code field} with {@code procedure.rule.json_malformed} when the text is not
     *     such JSON, naming the line and column
     */
    public List<ProcedureDocument> readFile(String text, String field) {
        try {
            JsonNode root = mapper.readTree(text);
            List<ProcedureDocument> documents = new ArrayList<>();
            if (root != null && root.isArray()) {
                for (JsonNode item : root) {
                    documents.add(mapper.treeToValue(item, ProcedureDocument.class));
                }
            } else if (root != null && root.isObject()) {
                documents.add(mapper.treeToValue(root, ProcedureDocument.class));
            } else {
                throw malformed(field, 1, 1, "");
            }
            return documents;
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            throw malformed(
                    field, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), e.getPathReference());
        }
    }

    /** The e-form definition typed into the administration form. */
    public FormDefinition readForm(String text, String field) {
        try {
            FormDefinition form = mapper.readValue(text, FormDefinition.class);
            if (form == null) {
                throw malformed(field, 1, 1, "");
            }
            return form;
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            throw malformed(
                    field, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), e.getPathReference());
        }
    }

    public String writeForm(FormDefinition form) {
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(form);
    }

    private static InvalidInputException malformed(String field, int line, int column, String path) {
        return new InvalidInputException(List.of(new FieldViolation(
                field, "json_malformed", "procedure.rule.json_malformed", line, column, path == null ? "" : path)));
    }
}
