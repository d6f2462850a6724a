-- PostgreSQL only (decision 0029): search_words (V202612021300) now also holds the codes of search_codes, each one
-- word. A generated column's expression cannot be changed in place before PostgreSQL 17, so it is made again, with
-- its index and its statistics target.
alter table document_index drop column search_words;
alter table document_index add column search_words tsvector
    generated always as (strip(to_tsvector('simple'::regconfig,
        regexp_replace(search_text || ' ' || coalesce(search_codes, ''), '[^a-z0-9]+', ' ', 'g'))))
    stored;
alter table document_index alter column search_words set storage main;
create index document_index_search_ix on document_index using gin (search_words);
alter table document_index alter column search_words set statistics 1000;
