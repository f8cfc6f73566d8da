-- Generated from the entities by `migration:create`; review before committing.
alter table "organization"."user" drop constraint "user_email_unique";
create index "user_email_index" on "organization"."user" ("email");
alter table "organization"."user" add constraint "user_tenant_id_email_unique" unique ("tenant_id", "email");
