-- Q6 « Transparence »: the quarterly public results, frozen per version; published figures are append-only for the app role.
create table "quality"."publication" ("id" uuid not null, "tenant_id" uuid not null, "quarter" varchar(7) not null, "period_start" date not null, "period_end" date not null, "version" int not null, "cut_off_date" date not null, "heading" jsonb not null, "correction_reason" text null, "replaced_at" timestamptz null, "published_at" timestamptz not null, "published_by_id" uuid not null, "published_by_name" varchar(200) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));
create index "publication_tenant_id_index" on "quality"."publication" ("tenant_id");
alter table "quality"."publication" add constraint "publication_tenant_id_quarter_version_unique" unique ("tenant_id", "quarter", "version");

create table "quality"."published_figure" ("id" uuid not null, "tenant_id" uuid not null, "publication_id" uuid not null, "indicator_id" uuid not null, "code" varchar(80) not null, "name" varchar(300) not null, "definition" text not null, "referential_name" varchar(230) not null, "engagement_number" varchar(10) null, "engagement_text" text not null, "unit" text not null, "value" double precision null, "target" double precision null, "numerator" double precision null, "sample_size" int null, "source" text null, "origin" text null, "recorded_at" timestamptz null, "position" int not null, primary key ("id"));
create index "published_figure_tenant_id_index" on "quality"."published_figure" ("tenant_id");
create index "published_figure_publication_id_index" on "quality"."published_figure" ("publication_id");
create index "published_figure_indicator_id_index" on "quality"."published_figure" ("indicator_id");
alter table "quality"."published_figure" add constraint "published_figure_publication_id_indicator_id_unique" unique ("publication_id", "indicator_id");

alter table "quality"."publication" enable row level security;
alter table "quality"."publication" force row level security;
create policy "tenant_read" on "quality"."publication" for select using (tenant_id = any((select string_to_array(nullif(current_setting('app.readable_tenants', true), ''), ',') as string_to_array)::uuid[]));
create policy "tenant_insert" on "quality"."publication" for insert with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_update" on "quality"."publication" for update using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif)) with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_delete" on "quality"."publication" for delete using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));

alter table "quality"."published_figure" add constraint "published_figure_publication_id_foreign" foreign key ("publication_id") references "quality"."publication" ("id");
alter table "quality"."published_figure" add constraint "published_figure_indicator_id_foreign" foreign key ("indicator_id") references "quality"."indicator_definition" ("id");
alter table "quality"."published_figure" add constraint "published_figure_unit_check" check ("unit" in ('RATE', 'SIGNED_RATE', 'WORKING_DAYS', 'RINGS', 'COUNT', 'SCORE_10', 'MINUTES', 'BOOLEAN'));
alter table "quality"."published_figure" add constraint "published_figure_source_check" check ("source" in ('COMPUTED', 'IMPORTED', 'ENTERED'));
alter table "quality"."published_figure" enable row level security;
alter table "quality"."published_figure" force row level security;
create policy "tenant_read" on "quality"."published_figure" for select using (tenant_id = any((select string_to_array(nullif(current_setting('app.readable_tenants', true), ''), ',') as string_to_array)::uuid[]));
create policy "tenant_insert" on "quality"."published_figure" for insert with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_update" on "quality"."published_figure" for update using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif)) with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_delete" on "quality"."published_figure" for delete using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
