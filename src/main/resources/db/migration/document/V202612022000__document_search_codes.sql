-- The codes of the indexed text (decision 0029): numbers and symbols, dates and file names written as one word each
-- (12/QĐ-UBND as 12qdubnd), so that a search for one is a look-up of one rare word. Filled by the application
-- (SearchTerms.codesOf) when it indexes a document, and for the rows indexed before by the Java migration
-- V202612022002 (SearchCodesMigration).
alter table document_index add column search_codes varchar;
