-- The officials' reminders read the dossiers that fell due recently or fall due soon (a range of due_at) every
-- quarter of an hour, on a table of millions of dossiers.
create index dossier_due_ix on dossier (due_at);
