package vn.civic.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.civic.platform.error.FieldViolation;
import vn.civic.procedure.FormDefinition;
import vn.civic.procedure.FormField;
import vn.civic.procedure.FormValidator;
import vn.civic.procedure.ProcedureCatalog;
import vn.civic.procedure.ProcedureView;

/**
 * TEMPORARY, to be deleted when the procedure module's catalogue and validator are merged: an in-memory catalogue the
 * dossier tests register their procedures in, and a validator that checks required and unknown fields only.
 */
@Configuration(proxyBeanMethods = false)
public class TemporaryCatalogueWiring {

    private static final Map<String, ProcedureView> BY_CODE = new ConcurrentHashMap<>();
    private static final Map<Long, ProcedureView> BY_VERSION = new ConcurrentHashMap<>();

    /** Makes a procedure version findable; the newest registered version of a code is its current one. */
    public static void register(ProcedureView procedure) {
        BY_CODE.put(procedure.code(), procedure);
        BY_VERSION.put(procedure.versionId(), procedure);
    }

    @Bean
    ProcedureCatalog temporaryProcedureCatalog() {
        return new ProcedureCatalog() {
            @Override
            public Optional<ProcedureView> findByCode(String code) {
                return Optional.ofNullable(BY_CODE.get(code));
            }

            @Override
            public Optional<ProcedureView> findVersion(long versionId) {
                return Optional.ofNullable(BY_VERSION.get(versionId));
            }
        };
    }

    @Bean
    FormValidator temporaryFormValidator() {
        return (FormDefinition form, vn.civic.procedure.FormData data) -> {
            List<FieldViolation> violations = new ArrayList<>();
            List<String> known = form.fields().stream().map(FormField::name).toList();
            for (FormField field : form.fields()) {
                String value = data.text(field.name());
                if (field.required() && (value == null || value.isBlank())) {
                    violations.add(new FieldViolation("f." + field.name(), "required", "form.validation.required"));
                } else if (value != null
                        && field.type() == FormField.FieldType.PERSONAL_ID
                        && !value.matches("\\d{12}")) {
                    violations.add(
                            new FieldViolation("f." + field.name(), "personal_id", "form.validation.personal_id"));
                }
            }
            data.values().keySet().stream()
                    .filter(name -> !known.contains(name))
                    .forEach(name ->
                            violations.add(new FieldViolation("f." + name, "unknown", "form.validation.unknown")));
            return violations;
        };
    }
}
