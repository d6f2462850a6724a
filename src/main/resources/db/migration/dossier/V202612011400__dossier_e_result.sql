-- Electronic results (decision 0019): the generated, signed result is a RESULT attachment marked electronic, with the
-- number it was issued under; the number is counted per issuing agency and calendar year.
alter table dossier_attachment add column electronic boolean default false not null;
alter table dossier_attachment add column document_number varchar(60);

create table dossier_result_counter (
    agency_id bigint not null,
    counter_year integer not null,
    last_value integer not null,
    primary key (agency_id, counter_year)
);
