package vn.civic.exchange.govstack;

import org.springframework.data.jpa.repository.JpaRepository;

interface GovStackDocuments extends JpaRepository<GovStackDocument, String> {}
