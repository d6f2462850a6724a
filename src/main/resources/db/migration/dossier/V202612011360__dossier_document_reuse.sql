-- The personal data store (issue 4 item 3): a document filed before, or an electronic result, reused in a new dossier
-- instead of being uploaded again. The new dossier's attachment shares the stored file and names the attachment it
-- reuses: each row with reused_from_id is the record of one reuse (who: added_by, when: added_at, where: dossier_id).
alter table dossier_attachment add column reused_from_id bigint;
alter table dossier_attachment add constraint dossier_attachment_reused_from_fk
    foreign key (reused_from_id) references dossier_attachment (id);
create index dossier_attachment_reused_from_ix on dossier_attachment (reused_from_id);
