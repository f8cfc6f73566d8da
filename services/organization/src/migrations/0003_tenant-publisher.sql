-- Generated from the entities by `migration:create`; review before committing.
alter table "organization"."tenant" add "publisher_name" varchar(200) null, add "publication_director" varchar(200) null, add "postal_address" text null;
