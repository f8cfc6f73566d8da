-- Generated from the entities by `migration:create`; review before committing.
create schema if not exists "committees";
create table "committees"."audit_entry" ("id" uuid not null, "tenant_id" uuid not null, "occurred_at" timestamptz not null, "user_id" uuid null, "user_email" varchar(320) not null, "operation" varchar(120) not null, "entity_type" varchar(120) not null, "entity_id" uuid not null, "changes" jsonb not null, "request_id" varchar(100) null, primary key ("id"));
create index "audit_entry_tenant_id_index" on "committees"."audit_entry" ("tenant_id");
create index "audit_entry_occurred_at_index" on "committees"."audit_entry" ("occurred_at");
create index "audit_entry_entity_id_index" on "committees"."audit_entry" ("entity_id");

create table "committees"."committee" ("id" uuid not null, "tenant_id" uuid not null, "kind" varchar(40) not null, "name" varchar(200) not null, "decision_date" date not null, "decision_reference" varchar(200) not null, "decision_text" text null, "chair_name" varchar(200) not null, "chair_title" varchar(200) null, "owner_directorate_id" uuid not null, "secretariat_user_ids" text[] not null default '{}', "meeting_interval_months" int not null default 12, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));
create index "committee_tenant_id_index" on "committees"."committee" ("tenant_id");
create index "committee_owner_directorate_id_index" on "committees"."committee" ("owner_directorate_id");

create table "committees"."college" ("id" uuid not null, "tenant_id" uuid not null, "committee_id" uuid not null, "code" varchar(40) not null, "name" varchar(200) not null, "position" int not null, primary key ("id"));
create index "college_tenant_id_index" on "committees"."college" ("tenant_id");
create index "college_committee_id_index" on "committees"."college" ("committee_id");
alter table "committees"."college" add constraint "college_committee_id_code_unique" unique ("committee_id", "code");

create table "committees"."action_plan" ("id" uuid not null, "tenant_id" uuid not null, "committee_id" uuid null, "year" int not null, "title" varchar(200) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));
create index "action_plan_tenant_id_index" on "committees"."action_plan" ("tenant_id");
create index "action_plan_committee_id_index" on "committees"."action_plan" ("committee_id");
alter table "committees"."action_plan" add constraint "action_plan_tenant_id_year_unique" unique ("tenant_id", "year");

create table "committees"."follow_up" ("id" uuid not null, "tenant_id" uuid not null, "committee_id" uuid not null, "title" varchar(300) not null, "due_date" date not null, "done" boolean not null default false, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));
create index "follow_up_tenant_id_index" on "committees"."follow_up" ("tenant_id");
create index "follow_up_committee_id_index" on "committees"."follow_up" ("committee_id");

create table "committees"."meeting" ("id" uuid not null, "tenant_id" uuid not null, "committee_id" uuid not null, "title" varchar(300) not null, "scheduled_at" timestamptz not null, "place" varchar(200) not null, "chair_name" varchar(200) not null, "status" text not null default 'PLANNED', "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));
create index "meeting_tenant_id_index" on "committees"."meeting" ("tenant_id");
create index "meeting_committee_id_index" on "committees"."meeting" ("committee_id");
create index "meeting_scheduled_at_index" on "committees"."meeting" ("scheduled_at");

create table "committees"."agenda_item" ("id" uuid not null, "tenant_id" uuid not null, "meeting_id" uuid not null, "position" int not null, "title" varchar(500) not null, "description" text null, primary key ("id"));
create index "agenda_item_tenant_id_index" on "committees"."agenda_item" ("tenant_id");
create index "agenda_item_meeting_id_index" on "committees"."agenda_item" ("meeting_id");
alter table "committees"."agenda_item" add constraint "agenda_item_meeting_id_position_unique" unique ("meeting_id", "position");

create table "committees"."member" ("id" uuid not null, "tenant_id" uuid not null, "committee_id" uuid not null, "college_id" uuid not null, "name" varchar(200) not null, "organisation" varchar(200) not null, "role" varchar(200) null, "contact" varchar(320) null, "user_id" uuid null, "mandate_start" date not null, "mandate_end" date null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));
create index "member_tenant_id_index" on "committees"."member" ("tenant_id");
create index "member_committee_id_index" on "committees"."member" ("committee_id");
create index "member_college_id_index" on "committees"."member" ("college_id");

create table "committees"."invitation" ("id" uuid not null, "tenant_id" uuid not null, "meeting_id" uuid not null, "member_id" uuid null, "user_id" uuid null, "name" varchar(200) not null, "organisation" varchar(200) not null, "attendance" text not null default 'PENDING', "represented_by" varchar(200) null, "signed" boolean not null default false, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));
create index "invitation_tenant_id_index" on "committees"."invitation" ("tenant_id");
create index "invitation_meeting_id_index" on "committees"."invitation" ("meeting_id");
create index "invitation_member_id_index" on "committees"."invitation" ("member_id");

create table "committees"."minutes" ("id" uuid not null, "tenant_id" uuid not null, "meeting_id" uuid not null, "version" int not null, "status" text not null default 'DRAFT', "case_officers" varchar(300) null, "introduction" text null, "closing" text null, "signatory_name" varchar(200) null, "signatory_title" varchar(200) null, "validated_at" timestamptz null, "published_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));
create index "minutes_tenant_id_index" on "committees"."minutes" ("tenant_id");
create index "minutes_meeting_id_index" on "committees"."minutes" ("meeting_id");
alter table "committees"."minutes" add constraint "minutes_meeting_id_version_unique" unique ("meeting_id", "version");

create table "committees"."minutes_section" ("id" uuid not null, "tenant_id" uuid not null, "minutes_id" uuid not null, "agenda_item_id" uuid not null, "presentation" text not null default '', "conclusions" text not null default '', primary key ("id"));
create index "minutes_section_tenant_id_index" on "committees"."minutes_section" ("tenant_id");
create index "minutes_section_minutes_id_index" on "committees"."minutes_section" ("minutes_id");
create index "minutes_section_agenda_item_id_index" on "committees"."minutes_section" ("agenda_item_id");
alter table "committees"."minutes_section" add constraint "minutes_section_minutes_id_agenda_item_id_unique" unique ("minutes_id", "agenda_item_id");

create table "committees"."proposal" ("id" uuid not null, "tenant_id" uuid not null, "meeting_id" uuid not null, "agenda_item_id" uuid null, "author_id" uuid null, "author_name" varchar(200) not null, "text" text not null, "status" text not null default 'SUBMITTED', "answer" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));
create index "proposal_tenant_id_index" on "committees"."proposal" ("tenant_id");
create index "proposal_meeting_id_index" on "committees"."proposal" ("meeting_id");
create index "proposal_agenda_item_id_index" on "committees"."proposal" ("agenda_item_id");
create index "proposal_author_id_index" on "committees"."proposal" ("author_id");

create table "committees"."action" ("id" uuid not null, "tenant_id" uuid not null, "plan_id" uuid not null, "reference" varchar(40) not null, "title" varchar(500) not null, "description" text null, "owner_directorate_id" uuid not null, "due_date" date null, "status" text not null default 'PLANNED', "progress" int not null default 0, "origin_kind" text not null, "origin_proposal_id" uuid null, "origin_meeting_id" uuid null, "origin_finding_id" varchar(100) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));
create index "action_tenant_id_index" on "committees"."action" ("tenant_id");
create index "action_plan_id_index" on "committees"."action" ("plan_id");
create index "action_owner_directorate_id_index" on "committees"."action" ("owner_directorate_id");
create index "action_due_date_index" on "committees"."action" ("due_date");
create index "action_origin_proposal_id_index" on "committees"."action" ("origin_proposal_id");
create index "action_origin_meeting_id_index" on "committees"."action" ("origin_meeting_id");
create index "action_reference_id_index" on "committees"."action" ("reference", "id");
create index "action_owner_directorate_id_status_index" on "committees"."action" ("owner_directorate_id", "status");
alter table "committees"."action" add constraint "action_plan_id_reference_unique" unique ("plan_id", "reference");

create table "committees"."action_progress" ("id" uuid not null, "tenant_id" uuid not null, "action_id" uuid not null, "recorded_at" timestamptz not null, "progress" int not null, "status" text not null, "note" text null, "recorded_by" uuid null, primary key ("id"));
create index "action_progress_tenant_id_index" on "committees"."action_progress" ("tenant_id");
create index "action_progress_action_id_index" on "committees"."action_progress" ("action_id");

create table "committees"."proposal_routing" ("id" uuid not null, "tenant_id" uuid not null, "proposal_id" uuid not null, "directorate_id" uuid null, "body_name" varchar(200) null, primary key ("id"));
create index "proposal_routing_tenant_id_index" on "committees"."proposal_routing" ("tenant_id");
create index "proposal_routing_proposal_id_index" on "committees"."proposal_routing" ("proposal_id");
create index "proposal_routing_directorate_id_index" on "committees"."proposal_routing" ("directorate_id");

create table "committees"."proposal_status_change" ("id" uuid not null, "tenant_id" uuid not null, "proposal_id" uuid not null, "from_status" text null, "to_status" text not null, "note" text null, "changed_at" timestamptz not null, "changed_by" uuid null, primary key ("id"));
create index "proposal_status_change_tenant_id_index" on "committees"."proposal_status_change" ("tenant_id");
create index "proposal_status_change_proposal_id_index" on "committees"."proposal_status_change" ("proposal_id");

alter table "committees"."audit_entry" enable row level security;
alter table "committees"."audit_entry" force row level security;
create policy "tenant_read" on "committees"."audit_entry" for select using (tenant_id = any((select string_to_array(nullif(current_setting('app.readable_tenants', true), ''), ',') as string_to_array)::uuid[]));
create policy "tenant_insert" on "committees"."audit_entry" for insert with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_update" on "committees"."audit_entry" for update using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif)) with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_delete" on "committees"."audit_entry" for delete using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));

alter table "committees"."committee" enable row level security;
alter table "committees"."committee" force row level security;
create policy "tenant_read" on "committees"."committee" for select using (tenant_id = any((select string_to_array(nullif(current_setting('app.readable_tenants', true), ''), ',') as string_to_array)::uuid[]));
create policy "tenant_insert" on "committees"."committee" for insert with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_update" on "committees"."committee" for update using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif)) with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_delete" on "committees"."committee" for delete using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));

alter table "committees"."college" add constraint "college_committee_id_foreign" foreign key ("committee_id") references "committees"."committee" ("id");
alter table "committees"."college" enable row level security;
alter table "committees"."college" force row level security;
create policy "tenant_read" on "committees"."college" for select using (tenant_id = any((select string_to_array(nullif(current_setting('app.readable_tenants', true), ''), ',') as string_to_array)::uuid[]));
create policy "tenant_insert" on "committees"."college" for insert with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_update" on "committees"."college" for update using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif)) with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_delete" on "committees"."college" for delete using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));

alter table "committees"."action_plan" add constraint "action_plan_committee_id_foreign" foreign key ("committee_id") references "committees"."committee" ("id") on delete set null;
alter table "committees"."action_plan" enable row level security;
alter table "committees"."action_plan" force row level security;
create policy "tenant_read" on "committees"."action_plan" for select using (tenant_id = any((select string_to_array(nullif(current_setting('app.readable_tenants', true), ''), ',') as string_to_array)::uuid[]));
create policy "tenant_insert" on "committees"."action_plan" for insert with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_update" on "committees"."action_plan" for update using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif)) with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_delete" on "committees"."action_plan" for delete using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));

alter table "committees"."follow_up" add constraint "follow_up_committee_id_foreign" foreign key ("committee_id") references "committees"."committee" ("id");
alter table "committees"."follow_up" enable row level security;
alter table "committees"."follow_up" force row level security;
create policy "tenant_read" on "committees"."follow_up" for select using (tenant_id = any((select string_to_array(nullif(current_setting('app.readable_tenants', true), ''), ',') as string_to_array)::uuid[]));
create policy "tenant_insert" on "committees"."follow_up" for insert with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_update" on "committees"."follow_up" for update using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif)) with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_delete" on "committees"."follow_up" for delete using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));

alter table "committees"."meeting" add constraint "meeting_committee_id_foreign" foreign key ("committee_id") references "committees"."committee" ("id");
alter table "committees"."meeting" add constraint "meeting_status_check" check ("status" in ('PLANNED', 'HELD', 'MINUTES_PUBLISHED', 'CANCELLED'));
alter table "committees"."meeting" enable row level security;
alter table "committees"."meeting" force row level security;
create policy "tenant_read" on "committees"."meeting" for select using (tenant_id = any((select string_to_array(nullif(current_setting('app.readable_tenants', true), ''), ',') as string_to_array)::uuid[]));
create policy "tenant_insert" on "committees"."meeting" for insert with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_update" on "committees"."meeting" for update using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif)) with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_delete" on "committees"."meeting" for delete using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));

alter table "committees"."agenda_item" add constraint "agenda_item_meeting_id_foreign" foreign key ("meeting_id") references "committees"."meeting" ("id");
alter table "committees"."agenda_item" enable row level security;
alter table "committees"."agenda_item" force row level security;
create policy "tenant_read" on "committees"."agenda_item" for select using (tenant_id = any((select string_to_array(nullif(current_setting('app.readable_tenants', true), ''), ',') as string_to_array)::uuid[]));
create policy "tenant_insert" on "committees"."agenda_item" for insert with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_update" on "committees"."agenda_item" for update using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif)) with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_delete" on "committees"."agenda_item" for delete using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));

alter table "committees"."member" add constraint "member_committee_id_foreign" foreign key ("committee_id") references "committees"."committee" ("id");
alter table "committees"."member" add constraint "member_college_id_foreign" foreign key ("college_id") references "committees"."college" ("id");
alter table "committees"."member" enable row level security;
alter table "committees"."member" force row level security;
create policy "tenant_read" on "committees"."member" for select using (tenant_id = any((select string_to_array(nullif(current_setting('app.readable_tenants', true), ''), ',') as string_to_array)::uuid[]));
create policy "tenant_insert" on "committees"."member" for insert with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_update" on "committees"."member" for update using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif)) with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_delete" on "committees"."member" for delete using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));

alter table "committees"."invitation" add constraint "invitation_meeting_id_foreign" foreign key ("meeting_id") references "committees"."meeting" ("id");
alter table "committees"."invitation" add constraint "invitation_member_id_foreign" foreign key ("member_id") references "committees"."member" ("id") on delete set null;
alter table "committees"."invitation" add constraint "invitation_attendance_check" check ("attendance" in ('PENDING', 'PRESENT', 'EXCUSED', 'ABSENT', 'REPRESENTED'));
alter table "committees"."invitation" enable row level security;
alter table "committees"."invitation" force row level security;
create policy "tenant_read" on "committees"."invitation" for select using (tenant_id = any((select string_to_array(nullif(current_setting('app.readable_tenants', true), ''), ',') as string_to_array)::uuid[]));
create policy "tenant_insert" on "committees"."invitation" for insert with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_update" on "committees"."invitation" for update using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif)) with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_delete" on "committees"."invitation" for delete using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));

alter table "committees"."minutes" add constraint "minutes_meeting_id_foreign" foreign key ("meeting_id") references "committees"."meeting" ("id");
alter table "committees"."minutes" add constraint "minutes_status_check" check ("status" in ('DRAFT', 'VALIDATED', 'PUBLISHED', 'SUPERSEDED'));
alter table "committees"."minutes" enable row level security;
alter table "committees"."minutes" force row level security;
create policy "tenant_read" on "committees"."minutes" for select using (tenant_id = any((select string_to_array(nullif(current_setting('app.readable_tenants', true), ''), ',') as string_to_array)::uuid[]));
create policy "tenant_insert" on "committees"."minutes" for insert with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_update" on "committees"."minutes" for update using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif)) with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_delete" on "committees"."minutes" for delete using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));

alter table "committees"."minutes_section" add constraint "minutes_section_minutes_id_foreign" foreign key ("minutes_id") references "committees"."minutes" ("id");
alter table "committees"."minutes_section" add constraint "minutes_section_agenda_item_id_foreign" foreign key ("agenda_item_id") references "committees"."agenda_item" ("id");
alter table "committees"."minutes_section" enable row level security;
alter table "committees"."minutes_section" force row level security;
create policy "tenant_read" on "committees"."minutes_section" for select using (tenant_id = any((select string_to_array(nullif(current_setting('app.readable_tenants', true), ''), ',') as string_to_array)::uuid[]));
create policy "tenant_insert" on "committees"."minutes_section" for insert with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_update" on "committees"."minutes_section" for update using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif)) with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_delete" on "committees"."minutes_section" for delete using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));

alter table "committees"."proposal" add constraint "proposal_meeting_id_foreign" foreign key ("meeting_id") references "committees"."meeting" ("id");
alter table "committees"."proposal" add constraint "proposal_agenda_item_id_foreign" foreign key ("agenda_item_id") references "committees"."agenda_item" ("id") on delete set null;
alter table "committees"."proposal" add constraint "proposal_author_id_foreign" foreign key ("author_id") references "committees"."member" ("id") on delete set null;
alter table "committees"."proposal" add constraint "proposal_status_check" check ("status" in ('SUBMITTED', 'UNDER_STUDY', 'ACCEPTED', 'REJECTED', 'DONE'));
alter table "committees"."proposal" enable row level security;
alter table "committees"."proposal" force row level security;
create policy "tenant_read" on "committees"."proposal" for select using (tenant_id = any((select string_to_array(nullif(current_setting('app.readable_tenants', true), ''), ',') as string_to_array)::uuid[]));
create policy "tenant_insert" on "committees"."proposal" for insert with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_update" on "committees"."proposal" for update using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif)) with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_delete" on "committees"."proposal" for delete using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));

alter table "committees"."action" add constraint "action_plan_id_foreign" foreign key ("plan_id") references "committees"."action_plan" ("id");
alter table "committees"."action" add constraint "action_origin_proposal_id_foreign" foreign key ("origin_proposal_id") references "committees"."proposal" ("id") on delete set null;
alter table "committees"."action" add constraint "action_origin_meeting_id_foreign" foreign key ("origin_meeting_id") references "committees"."meeting" ("id") on delete set null;
alter table "committees"."action" add constraint "action_status_check" check ("status" in ('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED'));
alter table "committees"."action" add constraint "action_origin_kind_check" check ("origin_kind" in ('PROPOSAL', 'SURVEY_FINDING', 'MEETING', 'OTHER'));
alter table "committees"."action" enable row level security;
alter table "committees"."action" force row level security;
create policy "tenant_read" on "committees"."action" for select using (tenant_id = any((select string_to_array(nullif(current_setting('app.readable_tenants', true), ''), ',') as string_to_array)::uuid[]));
create policy "tenant_insert" on "committees"."action" for insert with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_update" on "committees"."action" for update using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif)) with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_delete" on "committees"."action" for delete using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));

alter table "committees"."action_progress" add constraint "action_progress_action_id_foreign" foreign key ("action_id") references "committees"."action" ("id");
alter table "committees"."action_progress" add constraint "action_progress_status_check" check ("status" in ('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED'));
alter table "committees"."action_progress" enable row level security;
alter table "committees"."action_progress" force row level security;
create policy "tenant_read" on "committees"."action_progress" for select using (tenant_id = any((select string_to_array(nullif(current_setting('app.readable_tenants', true), ''), ',') as string_to_array)::uuid[]));
create policy "tenant_insert" on "committees"."action_progress" for insert with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_update" on "committees"."action_progress" for update using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif)) with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_delete" on "committees"."action_progress" for delete using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));

alter table "committees"."proposal_routing" add constraint "proposal_routing_proposal_id_foreign" foreign key ("proposal_id") references "committees"."proposal" ("id");
alter table "committees"."proposal_routing" enable row level security;
alter table "committees"."proposal_routing" force row level security;
create policy "tenant_read" on "committees"."proposal_routing" for select using (tenant_id = any((select string_to_array(nullif(current_setting('app.readable_tenants', true), ''), ',') as string_to_array)::uuid[]));
create policy "tenant_insert" on "committees"."proposal_routing" for insert with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_update" on "committees"."proposal_routing" for update using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif)) with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_delete" on "committees"."proposal_routing" for delete using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));

alter table "committees"."proposal_status_change" add constraint "proposal_status_change_proposal_id_foreign" foreign key ("proposal_id") references "committees"."proposal" ("id");
alter table "committees"."proposal_status_change" add constraint "proposal_status_change_from_status_check" check ("from_status" in ('SUBMITTED', 'UNDER_STUDY', 'ACCEPTED', 'REJECTED', 'DONE'));
alter table "committees"."proposal_status_change" add constraint "proposal_status_change_to_status_check" check ("to_status" in ('SUBMITTED', 'UNDER_STUDY', 'ACCEPTED', 'REJECTED', 'DONE'));
alter table "committees"."proposal_status_change" enable row level security;
alter table "committees"."proposal_status_change" force row level security;
create policy "tenant_read" on "committees"."proposal_status_change" for select using (tenant_id = any((select string_to_array(nullif(current_setting('app.readable_tenants', true), ''), ',') as string_to_array)::uuid[]));
create policy "tenant_insert" on "committees"."proposal_status_change" for insert with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_update" on "committees"."proposal_status_change" for update using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif)) with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_delete" on "committees"."proposal_status_change" for delete using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
