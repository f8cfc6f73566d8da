-- Generated from the entities by `migration:create`; review before committing.
create schema if not exists "surveys";
create table "surveys"."audit_entry" ("id" uuid not null, "tenant_id" uuid not null, "occurred_at" timestamptz not null, "user_id" uuid null, "user_email" varchar(320) not null, "operation" varchar(120) not null, "entity_type" varchar(120) not null, "entity_id" uuid not null, "changes" jsonb not null, "request_id" varchar(100) null, primary key ("id"));
create index "audit_entry_tenant_id_index" on "surveys"."audit_entry" ("tenant_id");
create index "audit_entry_occurred_at_index" on "surveys"."audit_entry" ("occurred_at");
create index "audit_entry_entity_id_index" on "surveys"."audit_entry" ("entity_id");

create table "surveys"."dimension_assignment" ("id" uuid not null, "tenant_id" uuid not null, "dimension" text not null, "directorate_id" uuid not null, primary key ("id"));
create index "dimension_assignment_tenant_id_index" on "surveys"."dimension_assignment" ("tenant_id");
create index "dimension_assignment_directorate_id_index" on "surveys"."dimension_assignment" ("directorate_id");
alter table "surveys"."dimension_assignment" add constraint "dimension_assignment_tenant_id_dimension_directorate_id_unique" unique ("tenant_id", "dimension", "directorate_id");

create table "surveys"."feedback" ("id" uuid not null, "tenant_id" uuid not null, "received_on" date not null, "channel" text not null, "category" text not null, "text" text not null, "contact" varchar(320) null, "status" text not null, "answer" text null, "answered_at" timestamptz null, "answered_by" uuid null, "recorded_by" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));
create index "feedback_tenant_id_index" on "surveys"."feedback" ("tenant_id");
create index "feedback_tenant_id_received_on_index" on "surveys"."feedback" ("tenant_id", "received_on");

create table "surveys"."kiosk_device" ("id" uuid not null, "tenant_id" uuid not null, "name" varchar(200) not null, "token_hash" varchar(64) not null, "issued_at" timestamptz not null, "issued_by" uuid not null, "revoked_at" timestamptz null, "revoked_by" uuid null, "last_seen_at" timestamptz null, primary key ("id"));
create index "kiosk_device_tenant_id_index" on "surveys"."kiosk_device" ("tenant_id");
alter table "surveys"."kiosk_device" add constraint "kiosk_device_token_hash_unique" unique ("token_hash");

create table "surveys"."panel" ("id" uuid not null, "tenant_id" uuid not null, "name" varchar(200) not null, "kind" text not null, "description" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));
create index "panel_tenant_id_index" on "surveys"."panel" ("tenant_id");

create table "surveys"."panel_member" ("id" uuid not null, "tenant_id" uuid not null, "panel_id" uuid not null, "name" varchar(200) not null, "organization" varchar(200) not null, "position" varchar(200) not null, "email" varchar(320) null, "active" boolean not null default true, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));
create index "panel_member_tenant_id_index" on "surveys"."panel_member" ("tenant_id");
create index "panel_member_panel_id_index" on "surveys"."panel_member" ("panel_id");

create table "surveys"."questionnaire" ("id" uuid not null, "tenant_id" uuid not null, "key" varchar(60) not null, "version" int not null, "title" varchar(300) not null, "description" text null, "frozen_at" timestamptz null, "created_by" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));
create index "questionnaire_tenant_id_index" on "surveys"."questionnaire" ("tenant_id");
alter table "surveys"."questionnaire" add constraint "questionnaire_tenant_id_key_version_unique" unique ("tenant_id", "key", "version");

create table "surveys"."campaign" ("id" uuid not null, "tenant_id" uuid not null, "year" int not null, "title" varchar(300) not null, "questionnaire_id" uuid not null, "panel_id" uuid not null, "channel" text not null, "opens_on" date not null, "closes_on" date not null, "publication" jsonb null, "published_at" timestamptz null, "published_by" uuid null, "created_by" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));
create index "campaign_tenant_id_index" on "surveys"."campaign" ("tenant_id");
create index "campaign_questionnaire_id_index" on "surveys"."campaign" ("questionnaire_id");
create index "campaign_panel_id_index" on "surveys"."campaign" ("panel_id");
create index "campaign_tenant_id_year_index" on "surveys"."campaign" ("tenant_id", "year");

create table "surveys"."invitation" ("id" uuid not null, "tenant_id" uuid not null, "campaign_id" uuid not null, "member_id" uuid not null, "token_hash" varchar(64) not null, "sent_at" timestamptz not null, "reminder_count" int not null default 0, "last_reminded_at" timestamptz null, "responded_at" timestamptz null, primary key ("id"));
create index "invitation_tenant_id_index" on "surveys"."invitation" ("tenant_id");
create index "invitation_member_id_index" on "surveys"."invitation" ("member_id");
alter table "surveys"."invitation" add constraint "invitation_token_hash_unique" unique ("token_hash");
alter table "surveys"."invitation" add constraint "invitation_campaign_id_member_id_unique" unique ("campaign_id", "member_id");

create table "surveys"."finding" ("id" uuid not null, "tenant_id" uuid not null, "campaign_id" uuid not null, "kind" text not null, "dimension" text null, "question_key" varchar(60) null, "text" varchar(2000) not null, "created_by" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));
create index "finding_tenant_id_index" on "surveys"."finding" ("tenant_id");
create index "finding_campaign_id_index" on "surveys"."finding" ("campaign_id");

create table "surveys"."questionnaire_section" ("id" uuid not null, "tenant_id" uuid not null, "questionnaire_id" uuid not null, "position" int not null, "title" varchar(300) not null, primary key ("id"));
create index "questionnaire_section_tenant_id_index" on "surveys"."questionnaire_section" ("tenant_id");
create index "questionnaire_section_questionnaire_id_index" on "surveys"."questionnaire_section" ("questionnaire_id");

create table "surveys"."question" ("id" uuid not null, "tenant_id" uuid not null, "questionnaire_id" uuid not null, "section_id" uuid not null, "position" int not null, "key" varchar(60) not null, "text" varchar(1000) not null, "help" varchar(1000) null, "kind" text not null, "dimension" text not null, "required" boolean not null default false, "options" jsonb not null, "min_value" int null, "max_value" int null, primary key ("id"));
create index "question_tenant_id_index" on "surveys"."question" ("tenant_id");
create index "question_section_id_index" on "surveys"."question" ("section_id");
alter table "surveys"."question" add constraint "question_questionnaire_id_key_unique" unique ("questionnaire_id", "key");

create table "surveys"."response" ("id" uuid not null, "tenant_id" uuid not null, "campaign_id" uuid not null, "channel" text not null, "submitted_at" timestamptz not null, "client_id" varchar(100) null, "entered_by" uuid null, primary key ("id"));
create index "response_tenant_id_index" on "surveys"."response" ("tenant_id");
create index "response_campaign_id_index" on "surveys"."response" ("campaign_id");
alter table "surveys"."response" add constraint "response_campaign_id_client_id_unique" unique ("campaign_id", "client_id");

create table "surveys"."answer" ("id" uuid not null, "tenant_id" uuid not null, "response_id" uuid not null, "campaign_id" uuid not null, "question_id" uuid not null, "channel" text not null, "option" varchar(60) null, "number_value" double precision null, "text_value" text null, primary key ("id"));
create index "answer_tenant_id_index" on "surveys"."answer" ("tenant_id");
create index "answer_response_id_index" on "surveys"."answer" ("response_id");
create index "answer_question_id_index" on "surveys"."answer" ("question_id");
create index "answer_campaign_id_question_id_option_channel_index" on "surveys"."answer" ("campaign_id", "question_id", "option", "channel");

alter table "surveys"."audit_entry" enable row level security;
alter table "surveys"."audit_entry" force row level security;
create policy "tenant_read" on "surveys"."audit_entry" for select using (tenant_id = any((select string_to_array(nullif(current_setting('app.readable_tenants', true), ''), ',') as string_to_array)::uuid[]));
create policy "tenant_insert" on "surveys"."audit_entry" for insert with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_update" on "surveys"."audit_entry" for update using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif)) with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_delete" on "surveys"."audit_entry" for delete using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));

alter table "surveys"."dimension_assignment" add constraint "dimension_assignment_dimension_check" check ("dimension" in ('TYPOLOGY', 'PHYSICAL_RECEPTION', 'TELEPHONE_RECEPTION', 'DIGITAL_RECEPTION', 'RECEPTION_SPACES', 'EQUIPMENT', 'WAITING_TIME', 'ANSWER_QUALITY', 'LEGAL_REASONING', 'APPOINTMENT_DELAYS', 'ADVICE_TO_COLLECTIVITES', 'ACCESSIBILITY', 'OTHER'));
alter table "surveys"."dimension_assignment" enable row level security;
alter table "surveys"."dimension_assignment" force row level security;
create policy "tenant_read" on "surveys"."dimension_assignment" for select using (tenant_id = any((select string_to_array(nullif(current_setting('app.readable_tenants', true), ''), ',') as string_to_array)::uuid[]));
create policy "tenant_insert" on "surveys"."dimension_assignment" for insert with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_update" on "surveys"."dimension_assignment" for update using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif)) with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_delete" on "surveys"."dimension_assignment" for delete using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));

alter table "surveys"."feedback" add constraint "feedback_channel_check" check ("channel" in ('SUGGESTION_BOX', 'CONTACT_FORM'));
alter table "surveys"."feedback" add constraint "feedback_category_check" check ("category" in ('RECEPTION', 'WAITING_TIME', 'INFORMATION', 'PREMISES', 'EQUIPMENT', 'PROCEDURE', 'COMPLIMENT', 'OTHER'));
alter table "surveys"."feedback" add constraint "feedback_status_check" check ("status" in ('RECEIVED', 'IN_PROGRESS', 'ANSWERED', 'CLOSED'));
alter table "surveys"."feedback" enable row level security;
alter table "surveys"."feedback" force row level security;
create policy "tenant_read" on "surveys"."feedback" for select using (tenant_id = any((select string_to_array(nullif(current_setting('app.readable_tenants', true), ''), ',') as string_to_array)::uuid[]));
create policy "tenant_insert" on "surveys"."feedback" for insert with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_update" on "surveys"."feedback" for update using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif)) with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_delete" on "surveys"."feedback" for delete using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));

alter table "surveys"."kiosk_device" enable row level security;
alter table "surveys"."kiosk_device" force row level security;
create policy "tenant_read" on "surveys"."kiosk_device" for select using (tenant_id = any((select string_to_array(nullif(current_setting('app.readable_tenants', true), ''), ',') as string_to_array)::uuid[]));
create policy "tenant_insert" on "surveys"."kiosk_device" for insert with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_update" on "surveys"."kiosk_device" for update using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif)) with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_delete" on "surveys"."kiosk_device" for delete using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "device_lookup" on "surveys"."kiosk_device" for select using (token_hash = nullif(current_setting('app.device_token_hash', true), ''));

alter table "surveys"."panel" add constraint "panel_kind_check" check ("kind" in ('HALL_USERS', 'ELECTED_OFFICIALS', 'CONFIGURED_LIST'));
alter table "surveys"."panel" enable row level security;
alter table "surveys"."panel" force row level security;
create policy "tenant_read" on "surveys"."panel" for select using (tenant_id = any((select string_to_array(nullif(current_setting('app.readable_tenants', true), ''), ',') as string_to_array)::uuid[]));
create policy "tenant_insert" on "surveys"."panel" for insert with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_update" on "surveys"."panel" for update using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif)) with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_delete" on "surveys"."panel" for delete using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));

alter table "surveys"."panel_member" add constraint "panel_member_panel_id_foreign" foreign key ("panel_id") references "surveys"."panel" ("id");
alter table "surveys"."panel_member" enable row level security;
alter table "surveys"."panel_member" force row level security;
create policy "tenant_read" on "surveys"."panel_member" for select using (tenant_id = any((select string_to_array(nullif(current_setting('app.readable_tenants', true), ''), ',') as string_to_array)::uuid[]));
create policy "tenant_insert" on "surveys"."panel_member" for insert with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_update" on "surveys"."panel_member" for update using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif)) with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_delete" on "surveys"."panel_member" for delete using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));

alter table "surveys"."questionnaire" enable row level security;
alter table "surveys"."questionnaire" force row level security;
create policy "tenant_read" on "surveys"."questionnaire" for select using (tenant_id = any((select string_to_array(nullif(current_setting('app.readable_tenants', true), ''), ',') as string_to_array)::uuid[]));
create policy "tenant_insert" on "surveys"."questionnaire" for insert with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_update" on "surveys"."questionnaire" for update using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif)) with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_delete" on "surveys"."questionnaire" for delete using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));

alter table "surveys"."campaign" add constraint "campaign_questionnaire_id_foreign" foreign key ("questionnaire_id") references "surveys"."questionnaire" ("id");
alter table "surveys"."campaign" add constraint "campaign_panel_id_foreign" foreign key ("panel_id") references "surveys"."panel" ("id");
alter table "surveys"."campaign" add constraint "campaign_channel_check" check ("channel" in ('HALL', 'EMAIL'));
alter table "surveys"."campaign" enable row level security;
alter table "surveys"."campaign" force row level security;
create policy "tenant_read" on "surveys"."campaign" for select using (tenant_id = any((select string_to_array(nullif(current_setting('app.readable_tenants', true), ''), ',') as string_to_array)::uuid[]));
create policy "tenant_insert" on "surveys"."campaign" for insert with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_update" on "surveys"."campaign" for update using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif)) with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_delete" on "surveys"."campaign" for delete using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));

alter table "surveys"."invitation" add constraint "invitation_campaign_id_foreign" foreign key ("campaign_id") references "surveys"."campaign" ("id");
alter table "surveys"."invitation" add constraint "invitation_member_id_foreign" foreign key ("member_id") references "surveys"."panel_member" ("id");
alter table "surveys"."invitation" enable row level security;
alter table "surveys"."invitation" force row level security;
create policy "tenant_read" on "surveys"."invitation" for select using (tenant_id = any((select string_to_array(nullif(current_setting('app.readable_tenants', true), ''), ',') as string_to_array)::uuid[]));
create policy "tenant_insert" on "surveys"."invitation" for insert with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_update" on "surveys"."invitation" for update using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif)) with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_delete" on "surveys"."invitation" for delete using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "invitation_lookup" on "surveys"."invitation" for select using (token_hash = nullif(current_setting('app.invitation_token_hash', true), ''));

alter table "surveys"."finding" add constraint "finding_campaign_id_foreign" foreign key ("campaign_id") references "surveys"."campaign" ("id");
alter table "surveys"."finding" add constraint "finding_kind_check" check ("kind" in ('STRENGTH', 'WEAKNESS', 'RECOMMENDATION'));
alter table "surveys"."finding" add constraint "finding_dimension_check" check ("dimension" in ('TYPOLOGY', 'PHYSICAL_RECEPTION', 'TELEPHONE_RECEPTION', 'DIGITAL_RECEPTION', 'RECEPTION_SPACES', 'EQUIPMENT', 'WAITING_TIME', 'ANSWER_QUALITY', 'LEGAL_REASONING', 'APPOINTMENT_DELAYS', 'ADVICE_TO_COLLECTIVITES', 'ACCESSIBILITY', 'OTHER'));
alter table "surveys"."finding" enable row level security;
alter table "surveys"."finding" force row level security;
create policy "tenant_read" on "surveys"."finding" for select using (tenant_id = any((select string_to_array(nullif(current_setting('app.readable_tenants', true), ''), ',') as string_to_array)::uuid[]));
create policy "tenant_insert" on "surveys"."finding" for insert with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_update" on "surveys"."finding" for update using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif)) with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_delete" on "surveys"."finding" for delete using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));

alter table "surveys"."questionnaire_section" add constraint "questionnaire_section_questionnaire_id_foreign" foreign key ("questionnaire_id") references "surveys"."questionnaire" ("id");
alter table "surveys"."questionnaire_section" enable row level security;
alter table "surveys"."questionnaire_section" force row level security;
create policy "tenant_read" on "surveys"."questionnaire_section" for select using (tenant_id = any((select string_to_array(nullif(current_setting('app.readable_tenants', true), ''), ',') as string_to_array)::uuid[]));
create policy "tenant_insert" on "surveys"."questionnaire_section" for insert with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_update" on "surveys"."questionnaire_section" for update using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif)) with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_delete" on "surveys"."questionnaire_section" for delete using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));

alter table "surveys"."question" add constraint "question_questionnaire_id_foreign" foreign key ("questionnaire_id") references "surveys"."questionnaire" ("id");
alter table "surveys"."question" add constraint "question_section_id_foreign" foreign key ("section_id") references "surveys"."questionnaire_section" ("id");
alter table "surveys"."question" add constraint "question_kind_check" check ("kind" in ('SATISFACTION', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'NUMBER', 'FREE_TEXT'));
alter table "surveys"."question" add constraint "question_dimension_check" check ("dimension" in ('TYPOLOGY', 'PHYSICAL_RECEPTION', 'TELEPHONE_RECEPTION', 'DIGITAL_RECEPTION', 'RECEPTION_SPACES', 'EQUIPMENT', 'WAITING_TIME', 'ANSWER_QUALITY', 'LEGAL_REASONING', 'APPOINTMENT_DELAYS', 'ADVICE_TO_COLLECTIVITES', 'ACCESSIBILITY', 'OTHER'));
alter table "surveys"."question" enable row level security;
alter table "surveys"."question" force row level security;
create policy "tenant_read" on "surveys"."question" for select using (tenant_id = any((select string_to_array(nullif(current_setting('app.readable_tenants', true), ''), ',') as string_to_array)::uuid[]));
create policy "tenant_insert" on "surveys"."question" for insert with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_update" on "surveys"."question" for update using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif)) with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_delete" on "surveys"."question" for delete using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));

alter table "surveys"."response" add constraint "response_campaign_id_foreign" foreign key ("campaign_id") references "surveys"."campaign" ("id");
alter table "surveys"."response" add constraint "response_channel_check" check ("channel" in ('KIOSK', 'PAPER', 'EMAIL'));
alter table "surveys"."response" enable row level security;
alter table "surveys"."response" force row level security;
create policy "tenant_read" on "surveys"."response" for select using (tenant_id = any((select string_to_array(nullif(current_setting('app.readable_tenants', true), ''), ',') as string_to_array)::uuid[]));
create policy "tenant_insert" on "surveys"."response" for insert with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_update" on "surveys"."response" for update using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif)) with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_delete" on "surveys"."response" for delete using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));

alter table "surveys"."answer" add constraint "answer_response_id_foreign" foreign key ("response_id") references "surveys"."response" ("id");
alter table "surveys"."answer" add constraint "answer_question_id_foreign" foreign key ("question_id") references "surveys"."question" ("id");
alter table "surveys"."answer" add constraint "answer_channel_check" check ("channel" in ('KIOSK', 'PAPER', 'EMAIL'));
alter table "surveys"."answer" enable row level security;
alter table "surveys"."answer" force row level security;
create policy "tenant_read" on "surveys"."answer" for select using (tenant_id = any((select string_to_array(nullif(current_setting('app.readable_tenants', true), ''), ',') as string_to_array)::uuid[]));
create policy "tenant_insert" on "surveys"."answer" for insert with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_update" on "surveys"."answer" for update using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif)) with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_delete" on "surveys"."answer" for delete using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
