package vn.civic.dossier.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DossierImportRecords extends JpaRepository<DossierImportRecord, Long> {

    List<DossierImportRecord> findByDossierCodeIn(Collection<String> codes);
}
