-- Generated from the entities by `migration:create`; review before committing.
create schema if not exists "organization";
create table "organization"."audit_entry" ("id" uuid not null, "tenant_id" uuid not null, "occurred_at" timestamptz not null, "user_id" uuid null, "user_email" varchar(320) not null, "operation" varchar(120) not null, "entity_type" varchar(120) not null, "entity_id" uuid not null, "changes" jsonb not null, "request_id" varchar(100) null, primary key ("id"));
create index "audit_entry_tenant_id_index" on "organization"."audit_entry" ("tenant_id");
create index "audit_entry_occurred_at_index" on "organization"."audit_entry" ("occurred_at");
create index "audit_entry_entity_id_index" on "organization"."audit_entry" ("entity_id");

create table "organization"."directorate" ("id" uuid not null, "tenant_id" uuid not null, "code" varchar(20) not null, "name" varchar(200) not null, "description" text null, "active" boolean not null default true, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));
create index "directorate_tenant_id_index" on "organization"."directorate" ("tenant_id");
alter table "organization"."directorate" add constraint "directorate_tenant_id_code_unique" unique ("tenant_id", "code");

create table "organization"."service" ("id" uuid not null, "tenant_id" uuid not null, "directorate_id" uuid not null, "code" varchar(20) not null, "name" varchar(200) not null, "kind" text not null, "active" boolean not null default true, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));
create index "service_tenant_id_index" on "organization"."service" ("tenant_id");
create index "service_directorate_id_index" on "organization"."service" ("directorate_id");
alter table "organization"."service" add constraint "service_tenant_id_code_unique" unique ("tenant_id", "code");

create table "organization"."tenant" ("id" uuid not null, "code" varchar(40) not null, "kind" text not null, "name" varchar(200) not null, "city" varchar(100) not null, "parent_id" uuid null, "created_at" timestamptz not null, primary key ("id"));
alter table "organization"."tenant" add constraint "tenant_code_unique" unique ("code");

create table "organization"."user" ("id" uuid not null, "tenant_id" uuid not null, "directorate_id" uuid not null, "service_id" uuid null, "email" varchar(320) not null, "display_name" varchar(200) not null, "job_title" varchar(200) null, "role" text not null, "password_hash" varchar(300) null, "active" boolean not null default true, "last_sign_in_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));
create index "user_tenant_id_index" on "organization"."user" ("tenant_id");
create index "user_directorate_id_index" on "organization"."user" ("directorate_id");
create index "user_service_id_index" on "organization"."user" ("service_id");
alter table "organization"."user" add constraint "user_email_unique" unique ("email");

alter table "organization"."audit_entry" enable row level security;
alter table "organization"."audit_entry" force row level security;
create policy "tenant_read" on "organization"."audit_entry" for select using (tenant_id = any((select string_to_array(nullif(current_setting('app.readable_tenants', true), ''), ',') as string_to_array)::uuid[]));
create policy "tenant_insert" on "organization"."audit_entry" for insert with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_update" on "organization"."audit_entry" for update using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif)) with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_delete" on "organization"."audit_entry" for delete using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));

alter table "organization"."directorate" enable row level security;
alter table "organization"."directorate" force row level security;
create policy "tenant_read" on "organization"."directorate" for select using (tenant_id = any((select string_to_array(nullif(current_setting('app.readable_tenants', true), ''), ',') as string_to_array)::uuid[]));
create policy "tenant_insert" on "organization"."directorate" for insert with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_update" on "organization"."directorate" for update using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif)) with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_delete" on "organization"."directorate" for delete using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));

alter table "organization"."service" add constraint "service_directorate_id_foreign" foreign key ("directorate_id") references "organization"."directorate" ("id");
alter table "organization"."service" add constraint "service_kind_check" check ("kind" in ('BUREAU', 'SERVICE', 'MISSION', 'POLE', 'CELLULE'));
alter table "organization"."service" enable row level security;
alter table "organization"."service" force row level security;
create policy "tenant_read" on "organization"."service" for select using (tenant_id = any((select string_to_array(nullif(current_setting('app.readable_tenants', true), ''), ',') as string_to_array)::uuid[]));
create policy "tenant_insert" on "organization"."service" for insert with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_update" on "organization"."service" for update using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif)) with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_delete" on "organization"."service" for delete using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));

alter table "organization"."tenant" add constraint "tenant_kind_check" check ("kind" in ('PREFECTURE', 'SOUS_PREFECTURE'));

alter table "organization"."user" add constraint "user_directorate_id_foreign" foreign key ("directorate_id") references "organization"."directorate" ("id");
alter table "organization"."user" add constraint "user_service_id_foreign" foreign key ("service_id") references "organization"."service" ("id") on delete set null;
alter table "organization"."user" add constraint "user_role_check" check ("role" in ('AGENT', 'MANAGER', 'ANALYST', 'ADMINISTRATOR'));
alter table "organization"."user" enable row level security;
alter table "organization"."user" force row level security;
create policy "tenant_read" on "organization"."user" for select using (tenant_id = any((select string_to_array(nullif(current_setting('app.readable_tenants', true), ''), ',') as string_to_array)::uuid[]));
create policy "tenant_insert" on "organization"."user" for insert with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_update" on "organization"."user" for update using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif)) with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_delete" on "organization"."user" for delete using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "sign_in_lookup" on "organization"."user" for select using (email = nullif(current_setting('app.sign_in_email', true), ''));
