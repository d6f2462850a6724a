-- The document's date on each row naming a person on it (decision 0029): the documents a person is named on are read
-- newest first through (account_id, document_date), so that a search of them stops at its page, as a search of the
-- agency's documents does through document_index_agency_ix, instead of checking every document the person is named on.
-- Kept equal to document_index.document_date by DocumentAccess.grant and DocumentIndex.index.
alter table document_access add column document_date date;
update document_access a set document_date = (select d.document_date from document_index d
    where d.document_kind = a.document_kind and d.document_id = a.document_id);
create index document_access_account_date_ix on document_access (account_id, document_date, document_kind, document_id);
