-- Generated from the entities by `migration:create`; review before committing.
alter table "committees"."committee" add "secretariat_service_id" uuid null;

alter table "committees"."minutes" add "case_officer_contacts" text null;
