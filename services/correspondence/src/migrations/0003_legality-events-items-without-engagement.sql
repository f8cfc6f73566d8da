-- Every channel is registered (R1): an item no engagement covers has no engagement, due date nor due instant.
alter table "correspondence"."correspondence_item" drop constraint "correspondence_item_engagement_id_foreign";
alter table "correspondence"."correspondence_item" alter column "engagement_id" drop not null;
alter table "correspondence"."correspondence_item" alter column "due_date" drop not null;
alter table "correspondence"."correspondence_item" alter column "due_at" drop not null;
alter table "correspondence"."correspondence_item" add constraint "correspondence_item_engagement_id_foreign" foreign key ("engagement_id") references "correspondence"."engagement" ("id") on delete set null;

-- Legality control: the events that move the referral deadline (pieces asked for and received, the answer to the
-- recours gracieux); the deadline is null while pieces are awaited.
alter table "correspondence"."legality_control" add "documents_requested_at" date null, add "documents_received_at" date null, add "recours_answered_at" date null;
alter table "correspondence"."legality_control" alter column "referral_deadline" drop not null;

-- A recours gracieux sent within the two months interrupted them: with no answer recorded, two new months run from
-- its implicit rejection two months after it (rules.referralWindow). Row-level security is forced on the table: the
-- owner running migrations is exempted for this rewrite only.
alter table "correspondence"."legality_control" no force row level security;
update "correspondence"."legality_control"
  set "referral_deadline" = (("recours_sent_at" + interval '2 months')::date + interval '2 months')::date
  where "recours_sent_at" is not null and "recours_sent_at" <= ("received_at" + interval '2 months')::date;
alter table "correspondence"."legality_control" force row level security;

-- The arrondissements whose acts the tenant's legality control receives.
alter table "correspondence"."tenant_settings" add "legality_arrondissements" text[] not null default '{}';
