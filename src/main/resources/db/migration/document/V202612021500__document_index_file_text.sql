-- The folded text of a document's files is kept with their digests, so that re-indexing a document whose files did
-- not change (an assignment, an opinion, a status) reads no file and parses no PDF again.
alter table document_index add column file_digests varchar;
alter table document_index add column file_text varchar;
