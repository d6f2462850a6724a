-- Statistics over a city's year (a million dossiers, bench run 20261201_121137: 50 s for the year's page) read every
-- dossier of the period twice and probed the attachments of every counter dossier. Now:
-- * whether a counter or post dossier was digitised is decided once, at filing (its filed components never change),
--   and kept on the dossier;
-- * each of the two period scans reads an index holding every column it counts (an index-only scan; the procedure's
--   name comes from the catalogue, not the rows).
alter table dossier add column digitised boolean default false not null;

update dossier set digitised = true
where channel <> 'ONLINE'
  and exists (select 1 from dossier_attachment a where a.dossier_id = dossier.id
              and a.purpose = 'SUBMITTED' and a.round = 0 and not a.paper)
  and not exists (select 1 from dossier_attachment a where a.dossier_id = dossier.id
              and a.purpose = 'SUBMITTED' and a.round = 0 and a.paper);

drop index if exists dossier_received_ix;
drop index if exists dossier_finished_ix;
create index dossier_received_ix
    on dossier (submitted_at, receiving_agency_id, procedure_code, channel, fee_amount, paid_online, digitised);
create index dossier_finished_ix
    on dossier (finished_at, receiving_agency_id, procedure_code, due_at, accepted_at, submitted_at,
                e_result_issued_at, rating);
