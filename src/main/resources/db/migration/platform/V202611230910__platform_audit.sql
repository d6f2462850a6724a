-- Append-only audit log. Each entry holds the previous entry's hash; the head row holds the last one and is locked
-- while entries are appended, so the chain has one order. Production grants the application role INSERT and
-- SELECT on audit_entry only (see docs/decisions/0004-audit-chain.md); verification reports any altered row.
create table audit_entry (
    seq            bigint primary key,
    occurred_at    timestamp with time zone not null,
    actor_id       varchar(100) not null,
    actor_name     varchar(200),
    agency_code    varchar(35),
    action         varchar(100) not null,
    object_type    varchar(100),
    object_id      varchar(100),
    outcome        varchar(10) not null,
    summary_before varchar(4000),
    summary_after  varchar(4000),
    remote_address varchar(64),
    previous_hash  char(64) not null,
    hash           char(64) not null
);
create index audit_entry_occurred_idx on audit_entry (occurred_at);
create index audit_entry_object_idx on audit_entry (object_type, object_id);
create index audit_entry_actor_idx on audit_entry (actor_id);

create table audit_chain_head (
    id        int primary key,
    last_seq  bigint not null,
    last_hash char(64) not null
);
insert into audit_chain_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
