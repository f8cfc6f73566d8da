-- Generated from the entities by `migration:create`; review before committing.
create table "organization"."rate_limit" ("scope" varchar(60) not null, "key" varchar(64) not null, "tokens" double precision not null, "granted" boolean not null, "updated_at" timestamptz not null, "full_at" timestamptz not null, primary key ("scope", "key"));
create index "rate_limit_full_at_index" on "organization"."rate_limit" ("full_at");
