-- The delay engagements become the tenant's delay targets (« délais annoncés »), each naming the national engagement
-- it implements: the quality service owns the referentials (one source of truth), this service keeps the local
-- settings. Existing rows move with their data; the national engagement is read off the row's former referential and
-- channel, with the identifiers quality's migration gives them (fixed, derived from the codes):
--   MARIANNE_2008: rings → « 5 sonneries », letters → « courriers 15 jours ouvrés », other channels → « courriels 5 jours ouvrés »;
--   QUALIPREF_2_0: rings → « Téléphonie », other channels → « Courriers et courriels »;
--   SERVICES_PUBLICS_PLUS_2021: rings → engagement 2 (« joignables »), other channels → engagement 5 (« délais annoncés »);
--   any other (Marianne 2016 ships no engagement text, Qual-e-pref no delay, local referentials none of the label's):
--   rings → Services Publics + 2023 engagement 2 (« entrer en contact »), other channels → its engagement 4 (« votre
--   demande est traitée dans les délais annoncés »). An administrator who means another ends the target and adds one.
alter table "correspondence"."engagement" rename to "delay_target";
alter table "correspondence"."delay_target" rename constraint "engagement_pkey" to "delay_target_pkey";
alter index "correspondence"."engagement_tenant_id_index" rename to "delay_target_tenant_id_index";
alter index "correspondence"."engagement_tenant_id_channel_valid_from_index" rename to "delay_target_tenant_id_channel_valid_from_index";
alter table "correspondence"."delay_target" rename constraint "engagement_channel_check" to "delay_target_channel_check";
alter table "correspondence"."delay_target" rename constraint "engagement_correspondent_kind_check" to "delay_target_correspondent_kind_check";
alter table "correspondence"."delay_target" rename constraint "engagement_unit_check" to "delay_target_unit_check";

-- Row-level security is forced on the table: the owner running migrations is exempted for this rewrite only.
alter table "correspondence"."delay_target" add "engagement_id" uuid null;
alter table "correspondence"."delay_target" no force row level security;
update "correspondence"."delay_target" t set "engagement_id" = case
    when r."code" = 'MARIANNE_2008' and t."unit" = 'RINGS' then '682e7632-8576-5852-b92e-cc1f730dfde3'
    when r."code" = 'MARIANNE_2008' and t."channel" = 'LETTER' then '73ec6340-1694-5b83-9a85-1a22554921d6'
    when r."code" = 'MARIANNE_2008' then '6d23699e-5377-5af1-a31a-4117e8d9110e'
    when r."code" = 'QUALIPREF_2_0' and t."unit" = 'RINGS' then '573fc528-3de8-59cb-bcdf-290fc61b86ac'
    when r."code" = 'QUALIPREF_2_0' then '502600ad-ded6-5aa9-bce0-7ab6b28da443'
    when r."code" = 'SERVICES_PUBLICS_PLUS_2021' and t."unit" = 'RINGS' then 'a0038193-a5ec-59c6-a55a-b060136985bd'
    when r."code" = 'SERVICES_PUBLICS_PLUS_2021' then '754c346a-3a65-5af0-a486-372cf9b586af'
    when t."unit" = 'RINGS' then 'f85278dd-0841-5f4f-b909-ced6b468e60e'
    else '80163a19-8945-5bad-b7b7-21e4020ac38f'
  end::uuid
  from "correspondence"."referential" r where r."id" = t."referential_id";
alter table "correspondence"."delay_target" force row level security;
alter table "correspondence"."delay_target" alter column "engagement_id" set not null;

-- The national referentials are the quality service's: this service's own copy goes.
alter table "correspondence"."delay_target" drop constraint "engagement_referential_id_foreign";
alter table "correspondence"."delay_target" drop column "referential_id";
drop table "correspondence"."referential";

alter table "correspondence"."correspondence_item" rename column "engagement_id" to "delay_target_id";
alter table "correspondence"."correspondence_item" rename constraint "correspondence_item_engagement_id_foreign" to "correspondence_item_delay_target_id_foreign";
alter index "correspondence"."correspondence_item_engagement_id_index" rename to "correspondence_item_delay_target_id_index";
