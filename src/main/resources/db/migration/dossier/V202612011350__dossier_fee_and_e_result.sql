-- Issue 4 (decision 0018): what the statistics need of fees and electronic results, on the dossier row itself.
-- fee_amount: what the applicant owes in đồng (0: no fee or exempt); paid_at and paid_online: when and how it was
-- paid; e_result_issued_at: when a signed electronic result was issued.
alter table dossier add column fee_amount bigint default 0 not null;
alter table dossier add column paid_at timestamp with time zone;
alter table dossier add column paid_online boolean default false not null;
alter table dossier add column e_result_issued_at timestamp with time zone;
