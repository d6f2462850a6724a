-- Statistics (docs/decisions/0022-dossier-statistics.md): figures are aggregated from the dossier rows on each request,
-- never stored. Each measure reads one range: dossiers received in the period (by submission), finished in it, and
-- those still open at its end (finished after it, or not finished: the nulls of finished_at lead the same index).
create index dossier_received_ix on dossier (submitted_at, receiving_agency_id);
create index dossier_finished_ix on dossier (finished_at, receiving_agency_id);
