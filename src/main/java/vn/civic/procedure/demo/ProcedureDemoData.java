package vn.civic.procedure.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.civic.platform.demo.DemoDataset;
import vn.civic.procedure.domain.ProcedureEditor;
import vn.civic.procedure.domain.ProcedureJson;
import vn.civic.procedure.domain.Procedures;

/**
 * The demo city's catalogue: twelve real procedures with their national codes, time limits, fees, documents, results
 * and legal basis, each with an e-form and its steps, imported from {@value #CATALOGUE} through the same checks as an
 * administrator's import. Implementing agencies are the demo city's (org demo data).
 */
@Component
class ProcedureDemoData implements DemoDataset {

    static final String CATALOGUE = "/procedure/demo-catalogue.json";

    private final Procedures procedures;
    private final ProcedureEditor editor;
    private final ProcedureJson json;

    ProcedureDemoData(Procedures procedures, ProcedureEditor editor, ProcedureJson json) {
        this.procedures = procedures;
        this.editor = editor;
        this.json = json;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    @Transactional
    public void loadIfAbsent() {
        if (procedures.count() > 0) {
            return;
        }
        try (InputStream in = ProcedureDemoData.class.getResourceAsStream(CATALOGUE)) {
            if (in == null) {
                throw new IllegalStateException("Demo catalogue " + CATALOGUE + " is missing");
            }
            editor.importAll(json.readFile(new String(in.readAllBytes(), StandardCharsets.UTF_8), "file"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
