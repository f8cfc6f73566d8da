-- Generated from the entities by `migration:create`; review before committing.
create table "correspondence"."audit_digest" ("id" uuid not null, "tenant_id" uuid not null, "day" date not null, "entry_count" int not null, "root" varchar(64) not null, "signature" varchar(100) not null, "key_id" varchar(16) not null, "sealed_at" timestamptz not null, primary key ("id"));
create index "audit_digest_tenant_id_index" on "correspondence"."audit_digest" ("tenant_id");
alter table "correspondence"."audit_digest" add constraint "audit_digest_tenant_id_day_unique" unique ("tenant_id", "day");

-- Entries written before this migration keep an empty hash: their day's signed digest covers them.
alter table "correspondence"."audit_entry" add "hash" varchar(64) not null default '';
alter table "correspondence"."audit_entry" alter column "hash" drop default;

alter table "correspondence"."audit_digest" enable row level security;
alter table "correspondence"."audit_digest" force row level security;
create policy "tenant_read" on "correspondence"."audit_digest" for select using (tenant_id = any((select string_to_array(nullif(current_setting('app.readable_tenants', true), ''), ',') as string_to_array)::uuid[]));
create policy "tenant_insert" on "correspondence"."audit_digest" for insert with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_update" on "correspondence"."audit_digest" for update using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif)) with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_delete" on "correspondence"."audit_digest" for delete using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
