-- Generated from the entities by `migration:create`; review before committing.
create table "surveys"."mail_message" ("id" uuid not null, "tenant_id" uuid not null, "campaign_id" uuid not null, "member_id" uuid not null, "kind" text not null, "recipient" varchar(320) not null, "subject" varchar(400) not null, "body" text null, "token_hash" varchar(64) not null, "status" text not null default 'PENDING', "attempts" int not null default 0, "next_attempt_at" timestamptz not null, "created_at" timestamptz not null, "sent_at" timestamptz null, primary key ("id"));
create index "mail_message_tenant_id_index" on "surveys"."mail_message" ("tenant_id");
create index "mail_message_campaign_id_index" on "surveys"."mail_message" ("campaign_id");
create index "mail_message_member_id_index" on "surveys"."mail_message" ("member_id");
create index "mail_message_status_next_attempt_at_index" on "surveys"."mail_message" ("status", "next_attempt_at");

alter table "surveys"."mail_message" add constraint "mail_message_campaign_id_foreign" foreign key ("campaign_id") references "surveys"."campaign" ("id");
alter table "surveys"."mail_message" add constraint "mail_message_member_id_foreign" foreign key ("member_id") references "surveys"."panel_member" ("id");
alter table "surveys"."mail_message" add constraint "mail_message_kind_check" check ("kind" in ('INVITATION', 'REMINDER'));
alter table "surveys"."mail_message" add constraint "mail_message_status_check" check ("status" in ('PENDING', 'SENT', 'RETRY_SCHEDULED', 'FAILED'));
alter table "surveys"."mail_message" enable row level security;
alter table "surveys"."mail_message" force row level security;
create policy "tenant_read" on "surveys"."mail_message" for select using (tenant_id = any((select string_to_array(nullif(current_setting('app.readable_tenants', true), ''), ',') as string_to_array)::uuid[]));
create policy "tenant_insert" on "surveys"."mail_message" for insert with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_update" on "surveys"."mail_message" for update using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif)) with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_delete" on "surveys"."mail_message" for delete using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "outbox_worker_read" on "surveys"."mail_message" for select using (current_setting('app.mail_outbox_worker', true) = 'on');
create policy "outbox_worker_claim" on "surveys"."mail_message" for update using (current_setting('app.mail_outbox_worker', true) = 'on') with check (current_setting('app.mail_outbox_worker', true) = 'on');
