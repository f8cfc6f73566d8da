-- Generated from the entities by `migration:create`; review before committing.
create schema if not exists "correspondence";
create table "correspondence"."appointment_request" ("id" uuid not null, "tenant_id" uuid not null, "owner_directorate_id" uuid not null, "requester_name" varchar(200) not null, "requester_kind" text not null, "collectivite_name" varchar(200) null, "subject" varchar(500) not null, "requested_at" date not null, "date_asked" date null, "date_given" date null, "delay_working_days" int null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));
create index "appointment_request_tenant_id_index" on "correspondence"."appointment_request" ("tenant_id");
create index "appointment_request_owner_directorate_id_index" on "correspondence"."appointment_request" ("owner_directorate_id");
create index "appointment_request_requested_at_index" on "correspondence"."appointment_request" ("requested_at");

create table "correspondence"."audit_entry" ("id" uuid not null, "tenant_id" uuid not null, "occurred_at" timestamptz not null, "user_id" uuid null, "user_email" varchar(320) not null, "operation" varchar(120) not null, "entity_type" varchar(120) not null, "entity_id" uuid not null, "changes" jsonb not null, "request_id" varchar(100) null, primary key ("id"));
create index "audit_entry_tenant_id_index" on "correspondence"."audit_entry" ("tenant_id");
create index "audit_entry_occurred_at_index" on "correspondence"."audit_entry" ("occurred_at");
create index "audit_entry_entity_id_index" on "correspondence"."audit_entry" ("entity_id");

create table "correspondence"."counter_visit" ("id" uuid not null, "tenant_id" uuid not null, "service_id" uuid not null, "ticket" varchar(60) not null, "procedure" varchar(100) not null, "arrived_at" timestamptz not null, "called_at" timestamptz null, "ended_at" timestamptz null, "with_appointment" boolean not null, primary key ("id"));
create index "counter_visit_tenant_id_index" on "correspondence"."counter_visit" ("tenant_id");
create index "counter_visit_service_id_index" on "correspondence"."counter_visit" ("service_id");
create index "counter_visit_tenant_id_arrived_at_index" on "correspondence"."counter_visit" ("tenant_id", "arrived_at");
alter table "correspondence"."counter_visit" add constraint "counter_visit_tenant_id_ticket_unique" unique ("tenant_id", "ticket");

create table "correspondence"."ged_import" ("id" uuid not null, "tenant_id" uuid not null, "imported_at" timestamptz not null, "imported_by" uuid not null, "file_name" varchar(300) null, "row_count" int not null, "created" int not null, "unchanged" int not null, "rejected" int not null, "problems" jsonb not null, primary key ("id"));
create index "ged_import_tenant_id_index" on "correspondence"."ged_import" ("tenant_id");
create index "ged_import_imported_at_index" on "correspondence"."ged_import" ("imported_at");

create table "correspondence"."legality_control" ("id" uuid not null, "tenant_id" uuid not null, "owner_directorate_id" uuid not null, "collectivite_name" varchar(200) not null, "act_kind" varchar(200) not null, "act_reference" varchar(100) null, "received_at" date not null, "observations_sent_at" date null, "elected_official_informed_at" date null, "recours_sent_at" date null, "referral_deadline" date not null, "referred_at" date null, "notes" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));
create index "legality_control_tenant_id_index" on "correspondence"."legality_control" ("tenant_id");
create index "legality_control_owner_directorate_id_index" on "correspondence"."legality_control" ("owner_directorate_id");
create index "legality_control_received_at_index" on "correspondence"."legality_control" ("received_at");

create table "correspondence"."litigation_case" ("id" uuid not null, "tenant_id" uuid not null, "owner_directorate_id" uuid not null, "reference" varchar(100) not null, "court" varchar(200) null, "subject" varchar(500) not null, "requested_at" date not null, "filed_at" date null, "hearing_at" date null, "decided_at" date null, "filing_target_days" int not null, "decision_target_days" int not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));
create index "litigation_case_tenant_id_index" on "correspondence"."litigation_case" ("tenant_id");
create index "litigation_case_owner_directorate_id_index" on "correspondence"."litigation_case" ("owner_directorate_id");

create table "correspondence"."procedure_indicator" ("id" uuid not null, "tenant_id" uuid not null, "procedure" varchar(60) not null, "month" date not null, "value" double precision not null, "target" double precision null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));
create index "procedure_indicator_tenant_id_index" on "correspondence"."procedure_indicator" ("tenant_id");
alter table "correspondence"."procedure_indicator" add constraint "procedure_indicator_tenant_id_procedure_month_unique" unique ("tenant_id", "procedure", "month");

create table "correspondence"."referential" ("id" uuid not null, "tenant_id" uuid not null, "code" varchar(40) not null, "name" varchar(200) not null, "version" varchar(40) not null, "year" int not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));
create index "referential_tenant_id_index" on "correspondence"."referential" ("tenant_id");
alter table "correspondence"."referential" add constraint "referential_tenant_id_code_unique" unique ("tenant_id", "code");

create table "correspondence"."engagement" ("id" uuid not null, "tenant_id" uuid not null, "referential_id" uuid not null, "channel" text not null, "correspondent_kind" text null, "unit" text not null, "target" int not null, "label" varchar(300) not null, "valid_from" date not null, "valid_to" date null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));
create index "engagement_tenant_id_index" on "correspondence"."engagement" ("tenant_id");
create index "engagement_referential_id_index" on "correspondence"."engagement" ("referential_id");
create index "engagement_tenant_id_channel_valid_from_index" on "correspondence"."engagement" ("tenant_id", "channel", "valid_from");

create table "correspondence"."correspondence_item" ("id" uuid not null, "tenant_id" uuid not null, "channel" text not null, "received_at" timestamptz not null, "received_on" date not null, "service_id" uuid not null, "directorate_id" uuid not null, "correspondent_kind" text not null, "correspondent_name" varchar(200) null, "subject" varchar(500) not null, "ged_reference" varchar(100) null, "assigned_agent_id" uuid null, "engagement_id" uuid not null, "due_date" date not null, "due_at" timestamptz not null, "answered_at" timestamptz null, "answer_channel" text null, "delay_working_days" int null, "answered_on_time" boolean null, "reopened_at" timestamptz null, "reopen_reason" text null, "reopen_count" int not null default 0, "ged_import_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));
create index "correspondence_item_tenant_id_index" on "correspondence"."correspondence_item" ("tenant_id");
create index "correspondence_item_engagement_id_index" on "correspondence"."correspondence_item" ("engagement_id");
create index "correspondence_item_ged_import_id_index" on "correspondence"."correspondence_item" ("ged_import_id");
create index "correspondence_item_tenant_id_received_on_index" on "correspondence"."correspondence_item" ("tenant_id", "received_on");
create index "correspondence_item_directorate_id_received_on_index" on "correspondence"."correspondence_item" ("directorate_id", "received_on");
create index "correspondence_item_service_id_received_on_index" on "correspondence"."correspondence_item" ("service_id", "received_on");
alter table "correspondence"."correspondence_item" add constraint "correspondence_item_tenant_id_ged_reference_unique" unique ("tenant_id", "ged_reference");

create table "correspondence"."telephony_month" ("id" uuid not null, "tenant_id" uuid not null, "service_id" uuid not null, "directorate_id" uuid not null, "month" date not null, "offered" int not null, "answered" int not null, "answered_within_target" int not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));
create index "telephony_month_tenant_id_index" on "correspondence"."telephony_month" ("tenant_id");
create index "telephony_month_directorate_id_index" on "correspondence"."telephony_month" ("directorate_id");
alter table "correspondence"."telephony_month" add constraint "telephony_month_service_id_month_unique" unique ("service_id", "month");

create table "correspondence"."tenant_settings" ("id" uuid not null, "tenant_id" uuid not null, "saturday_worked" boolean not null default false, "whit_monday_worked" boolean not null default false, "closing_time" varchar(5) not null default '17:00', "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));
create index "tenant_settings_tenant_id_index" on "correspondence"."tenant_settings" ("tenant_id");
alter table "correspondence"."tenant_settings" add constraint "tenant_settings_tenant_id_unique" unique ("tenant_id");

alter table "correspondence"."appointment_request" add constraint "appointment_request_requester_kind_check" check ("requester_kind" in ('ELECTED_OFFICIAL', 'TERRITORIAL_OFFICER'));
alter table "correspondence"."appointment_request" enable row level security;
alter table "correspondence"."appointment_request" force row level security;
create policy "tenant_read" on "correspondence"."appointment_request" for select using (tenant_id = any((select string_to_array(nullif(current_setting('app.readable_tenants', true), ''), ',') as string_to_array)::uuid[]));
create policy "tenant_insert" on "correspondence"."appointment_request" for insert with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_update" on "correspondence"."appointment_request" for update using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif)) with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_delete" on "correspondence"."appointment_request" for delete using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));

alter table "correspondence"."audit_entry" enable row level security;
alter table "correspondence"."audit_entry" force row level security;
create policy "tenant_read" on "correspondence"."audit_entry" for select using (tenant_id = any((select string_to_array(nullif(current_setting('app.readable_tenants', true), ''), ',') as string_to_array)::uuid[]));
create policy "tenant_insert" on "correspondence"."audit_entry" for insert with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_update" on "correspondence"."audit_entry" for update using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif)) with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_delete" on "correspondence"."audit_entry" for delete using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));

alter table "correspondence"."counter_visit" enable row level security;
alter table "correspondence"."counter_visit" force row level security;
create policy "tenant_read" on "correspondence"."counter_visit" for select using (tenant_id = any((select string_to_array(nullif(current_setting('app.readable_tenants', true), ''), ',') as string_to_array)::uuid[]));
create policy "tenant_insert" on "correspondence"."counter_visit" for insert with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_update" on "correspondence"."counter_visit" for update using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif)) with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_delete" on "correspondence"."counter_visit" for delete using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));

alter table "correspondence"."ged_import" enable row level security;
alter table "correspondence"."ged_import" force row level security;
create policy "tenant_read" on "correspondence"."ged_import" for select using (tenant_id = any((select string_to_array(nullif(current_setting('app.readable_tenants', true), ''), ',') as string_to_array)::uuid[]));
create policy "tenant_insert" on "correspondence"."ged_import" for insert with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_update" on "correspondence"."ged_import" for update using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif)) with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_delete" on "correspondence"."ged_import" for delete using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));

alter table "correspondence"."legality_control" enable row level security;
alter table "correspondence"."legality_control" force row level security;
create policy "tenant_read" on "correspondence"."legality_control" for select using (tenant_id = any((select string_to_array(nullif(current_setting('app.readable_tenants', true), ''), ',') as string_to_array)::uuid[]));
create policy "tenant_insert" on "correspondence"."legality_control" for insert with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_update" on "correspondence"."legality_control" for update using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif)) with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_delete" on "correspondence"."legality_control" for delete using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));

alter table "correspondence"."litigation_case" enable row level security;
alter table "correspondence"."litigation_case" force row level security;
create policy "tenant_read" on "correspondence"."litigation_case" for select using (tenant_id = any((select string_to_array(nullif(current_setting('app.readable_tenants', true), ''), ',') as string_to_array)::uuid[]));
create policy "tenant_insert" on "correspondence"."litigation_case" for insert with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_update" on "correspondence"."litigation_case" for update using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif)) with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_delete" on "correspondence"."litigation_case" for delete using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));

alter table "correspondence"."procedure_indicator" enable row level security;
alter table "correspondence"."procedure_indicator" force row level security;
create policy "tenant_read" on "correspondence"."procedure_indicator" for select using (tenant_id = any((select string_to_array(nullif(current_setting('app.readable_tenants', true), ''), ',') as string_to_array)::uuid[]));
create policy "tenant_insert" on "correspondence"."procedure_indicator" for insert with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_update" on "correspondence"."procedure_indicator" for update using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif)) with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_delete" on "correspondence"."procedure_indicator" for delete using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));

alter table "correspondence"."referential" enable row level security;
alter table "correspondence"."referential" force row level security;
create policy "tenant_read" on "correspondence"."referential" for select using (tenant_id = any((select string_to_array(nullif(current_setting('app.readable_tenants', true), ''), ',') as string_to_array)::uuid[]));
create policy "tenant_insert" on "correspondence"."referential" for insert with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_update" on "correspondence"."referential" for update using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif)) with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_delete" on "correspondence"."referential" for delete using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));

alter table "correspondence"."engagement" add constraint "engagement_referential_id_foreign" foreign key ("referential_id") references "correspondence"."referential" ("id");
alter table "correspondence"."engagement" add constraint "engagement_channel_check" check ("channel" in ('LETTER', 'EMAIL', 'TELEPHONE', 'CONTACT_FORM', 'COUNTER'));
alter table "correspondence"."engagement" add constraint "engagement_correspondent_kind_check" check ("correspondent_kind" in ('USER', 'ELECTED_OFFICIAL', 'COLLECTIVITE', 'BUSINESS', 'ASSOCIATION'));
alter table "correspondence"."engagement" add constraint "engagement_unit_check" check ("unit" in ('WORKING_DAYS', 'HOURS', 'RINGS'));
alter table "correspondence"."engagement" enable row level security;
alter table "correspondence"."engagement" force row level security;
create policy "tenant_read" on "correspondence"."engagement" for select using (tenant_id = any((select string_to_array(nullif(current_setting('app.readable_tenants', true), ''), ',') as string_to_array)::uuid[]));
create policy "tenant_insert" on "correspondence"."engagement" for insert with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_update" on "correspondence"."engagement" for update using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif)) with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_delete" on "correspondence"."engagement" for delete using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));

alter table "correspondence"."correspondence_item" add constraint "correspondence_item_engagement_id_foreign" foreign key ("engagement_id") references "correspondence"."engagement" ("id");
alter table "correspondence"."correspondence_item" add constraint "correspondence_item_ged_import_id_foreign" foreign key ("ged_import_id") references "correspondence"."ged_import" ("id") on delete set null;
alter table "correspondence"."correspondence_item" add constraint "correspondence_item_channel_check" check ("channel" in ('LETTER', 'EMAIL', 'TELEPHONE', 'CONTACT_FORM', 'COUNTER'));
alter table "correspondence"."correspondence_item" add constraint "correspondence_item_correspondent_kind_check" check ("correspondent_kind" in ('USER', 'ELECTED_OFFICIAL', 'COLLECTIVITE', 'BUSINESS', 'ASSOCIATION'));
alter table "correspondence"."correspondence_item" add constraint "correspondence_item_answer_channel_check" check ("answer_channel" in ('LETTER', 'EMAIL', 'TELEPHONE', 'CONTACT_FORM', 'COUNTER'));
alter table "correspondence"."correspondence_item" enable row level security;
alter table "correspondence"."correspondence_item" force row level security;
create policy "tenant_read" on "correspondence"."correspondence_item" for select using (tenant_id = any((select string_to_array(nullif(current_setting('app.readable_tenants', true), ''), ',') as string_to_array)::uuid[]));
create policy "tenant_insert" on "correspondence"."correspondence_item" for insert with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_update" on "correspondence"."correspondence_item" for update using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif)) with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_delete" on "correspondence"."correspondence_item" for delete using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));

alter table "correspondence"."telephony_month" enable row level security;
alter table "correspondence"."telephony_month" force row level security;
create policy "tenant_read" on "correspondence"."telephony_month" for select using (tenant_id = any((select string_to_array(nullif(current_setting('app.readable_tenants', true), ''), ',') as string_to_array)::uuid[]));
create policy "tenant_insert" on "correspondence"."telephony_month" for insert with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_update" on "correspondence"."telephony_month" for update using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif)) with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_delete" on "correspondence"."telephony_month" for delete using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));

alter table "correspondence"."tenant_settings" enable row level security;
alter table "correspondence"."tenant_settings" force row level security;
create policy "tenant_read" on "correspondence"."tenant_settings" for select using (tenant_id = any((select string_to_array(nullif(current_setting('app.readable_tenants', true), ''), ',') as string_to_array)::uuid[]));
create policy "tenant_insert" on "correspondence"."tenant_settings" for insert with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_update" on "correspondence"."tenant_settings" for update using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif)) with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_delete" on "correspondence"."tenant_settings" for delete using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
