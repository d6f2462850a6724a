-- Gap-free counters (document registers by Decree 30/2020, and any other series that may not skip a number). A
-- counter row is incremented inside the transaction that uses the number: a rollback gives the number back and
-- concurrent users wait on the row.
create table platform_counter (
    series varchar(160) primary key,
    last_number bigint not null
);
