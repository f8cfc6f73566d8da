-- Generated from the entities by `migration:create`; review before committing.
create table "organization"."refresh_token" ("id" uuid not null, "tenant_id" uuid not null, "user_id" uuid not null, "token_hash" varchar(64) not null, "family_id" uuid not null, "issued_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "revoked_at" timestamptz null, primary key ("id"));
create index "refresh_token_tenant_id_index" on "organization"."refresh_token" ("tenant_id");
create index "refresh_token_user_id_index" on "organization"."refresh_token" ("user_id");
alter table "organization"."refresh_token" add constraint "refresh_token_token_hash_unique" unique ("token_hash");
create index "refresh_token_family_id_index" on "organization"."refresh_token" ("family_id");

alter table "organization"."refresh_token" add constraint "refresh_token_user_id_foreign" foreign key ("user_id") references "organization"."user" ("id");
alter table "organization"."refresh_token" enable row level security;
alter table "organization"."refresh_token" force row level security;
create policy "tenant_read" on "organization"."refresh_token" for select using (tenant_id = any((select string_to_array(nullif(current_setting('app.readable_tenants', true), ''), ',') as string_to_array)::uuid[]));
create policy "tenant_insert" on "organization"."refresh_token" for insert with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_update" on "organization"."refresh_token" for update using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif)) with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "tenant_delete" on "organization"."refresh_token" for delete using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid as nullif));
create policy "refresh_lookup" on "organization"."refresh_token" for select using (token_hash = nullif(current_setting('app.refresh_token_hash', true), ''));
