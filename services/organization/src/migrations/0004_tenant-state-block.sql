-- Generated from the entities by `migration:create`; review before committing.
alter table "organization"."tenant" add "prefect_title" text null, add "departement_with_article" varchar(100) null;
alter table "organization"."tenant" add constraint "tenant_prefect_title_check" check ("prefect_title" in ('PREFET', 'PREFETE'));
