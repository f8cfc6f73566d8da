-- Generated from the entities by `migration:create`; review before committing.
create schema if not exists "quality";
create table "quality"."audit_entry" ("id" uuid not null, "tenant_id" uuid not null, "occurred_at" timestamptz not null, "user_id" uuid null, "user_email" varchar(320) not null, "operation" varchar(120) not null, "entity_type" varchar(120) not null, "entity_id" uuid not null, "changes" jsonb not null, "request_id" varchar(100) null, primary key ("id"));
create index "audit_entry_tenant_id_index" on "quality"."audit_entry" ("tenant_id");
create index "audit_entry_occurred_at_index" on "quality"."audit_entry" ("occurred_at");
create index "audit_entry_entity_id_index" on "quality"."audit_entry" ("entity_id");

create table "quality"."referential" ("id" uuid not null, "code" varchar(60) not null, "name" varchar(200) not null, "version" varchar(20) not null, "issuer" varchar(200) not null, "published_on" date null, "closed_on" date null, "source" text not null, "completeness" text not null, "note" text null, "position" int not null, primary key ("id"));
alter table "quality"."referential" add constraint "referential_code_unique" unique ("code");

create table "quality"."labelling" ("id" uuid not null, "tenant_id" uuid not null, "referential_id" uuid not null, "optional_module_codes" text[] not null default '{}', "owner_directorate_id" uuid not null, "certified_on" date null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));
create index "labelling_tenant_id_index" on "quality"."labelling" ("tenant_id");
create index "labelling_referential_id_index" on "quality"."labelling" ("referential_id");
create index "labelling_owner_directorate_id_index" on "quality"."labelling" ("owner_directorate_id");
alter table "quality"."labelling" add constraint "labelling_tenant_id_referential_id_unique" unique ("tenant_id", "referential_id");

create table "quality"."audit" ("id" uuid not null, "tenant_id" uuid not null, "labelling_id" uuid not null, "kind" text not null, "planned_on" date not null, "held_on" date null, "auditor" varchar(200) null, "outcome" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));
create index "audit_tenant_id_index" on "quality"."audit" ("tenant_id");
create index "audit_labelling_id_index" on "quality"."audit" ("labelling_id");

create table "quality"."referential_module" ("id" uuid not null, "referential_id" uuid not null, "code" varchar(60) not null, "name" varchar(200) not null, "mandatory" boolean not null, "position" int not null, primary key ("id"));
create index "referential_module_referential_id_index" on "quality"."referential_module" ("referential_id");
alter table "quality"."referential_module" add constraint "referential_module_referential_id_code_unique" unique ("referential_id", "code");

create table "quality"."engagement" ("id" uuid not null, "referential_id" uuid not null, "module_id" uuid null, "number" varchar(10) null, "theme" varchar(200) null, "text" text not null, "position" int not null, primary key ("id"));
create index "engagement_referential_id_index" on "quality"."engagement" ("referential_id");
create index "engagement_module_id_index" on "quality"."engagement" ("module_id");
alter table "quality"."engagement" add constraint "engagement_referential_id_position_unique" unique ("referential_id", "position");

create table "quality"."indicator_definition" ("id" uuid not null, "engagement_id" uuid not null, "code" varchar(80) not null, "name" varchar(300) not null, "unit" text not null, "target" double precision null, "definition" text not null, "published" boolean not null, "position" int not null, primary key ("id"));
create index "indicator_definition_engagement_id_index" on "quality"."indicator_definition" ("engagement_id");
alter table "quality"."indicator_definition" add constraint "indicator_definition_engagement_id_code_unique" unique ("engagement_id", "code");

alter table "quality"."audit_entry" enable row level security;
alter table "quality"."audit_entry" force row level security;
create policy "tenant_read" on "quality"."audit_entry" for select using (tenant_id = any((select string_to_array(nullif(current_setting('app.readable_tenants', true), ''), ',') as string_to_array)::uuid[]));
create policy "tenant_insert" on "quality"."audit_entry" for insert with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_update" on "quality"."audit_entry" for update using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif)) with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_delete" on "quality"."audit_entry" for delete using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));

alter table "quality"."referential" add constraint "referential_completeness_check" check ("completeness" in ('COMPLETE', 'PARTIAL'));

alter table "quality"."labelling" add constraint "labelling_referential_id_foreign" foreign key ("referential_id") references "quality"."referential" ("id");
alter table "quality"."labelling" enable row level security;
alter table "quality"."labelling" force row level security;
create policy "tenant_read" on "quality"."labelling" for select using (tenant_id = any((select string_to_array(nullif(current_setting('app.readable_tenants', true), ''), ',') as string_to_array)::uuid[]));
create policy "tenant_insert" on "quality"."labelling" for insert with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_update" on "quality"."labelling" for update using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif)) with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_delete" on "quality"."labelling" for delete using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));

alter table "quality"."audit" add constraint "audit_labelling_id_foreign" foreign key ("labelling_id") references "quality"."labelling" ("id");
alter table "quality"."audit" add constraint "audit_kind_check" check ("kind" in ('INTERNAL', 'CERTIFICATION', 'FOLLOW_UP', 'RENEWAL'));
alter table "quality"."audit" enable row level security;
alter table "quality"."audit" force row level security;
create policy "tenant_read" on "quality"."audit" for select using (tenant_id = any((select string_to_array(nullif(current_setting('app.readable_tenants', true), ''), ',') as string_to_array)::uuid[]));
create policy "tenant_insert" on "quality"."audit" for insert with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_update" on "quality"."audit" for update using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif)) with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_delete" on "quality"."audit" for delete using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));

alter table "quality"."referential_module" add constraint "referential_module_referential_id_foreign" foreign key ("referential_id") references "quality"."referential" ("id");

alter table "quality"."engagement" add constraint "engagement_referential_id_foreign" foreign key ("referential_id") references "quality"."referential" ("id");
alter table "quality"."engagement" add constraint "engagement_module_id_foreign" foreign key ("module_id") references "quality"."referential_module" ("id") on delete set null;

alter table "quality"."indicator_definition" add constraint "indicator_definition_engagement_id_foreign" foreign key ("engagement_id") references "quality"."engagement" ("id");
alter table "quality"."indicator_definition" add constraint "indicator_definition_unit_check" check ("unit" in ('PERCENT', 'WORKING_DAYS', 'RINGS', 'COUNT', 'SCORE_10', 'MINUTES', 'BOOLEAN'));
