-- A staff account may record the staff member's personal identification number, so that a staff sign-in provider
-- (docs/decisions/0009-oidc-login.md) can link to it. A person can hold a citizen account and a staff account, both
-- with their number: the number is unique per kind of account, no longer across all accounts.
alter table account drop constraint account_personal_id_number_uk;
alter table account add constraint account_personal_id_number_uk unique (kind, personal_id_number);
