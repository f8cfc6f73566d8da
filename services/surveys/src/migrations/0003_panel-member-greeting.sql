-- Generated from the entities by `migration:create`; review before committing.
alter table "surveys"."panel_member" add column "civility" text null, add column "office" text null;
alter table "surveys"."panel_member" add constraint "panel_member_civility_check" check ("civility" in ('MADAME', 'MONSIEUR'));
alter table "surveys"."panel_member" add constraint "panel_member_office_check" check ("office" in ('MAYOR', 'PRESIDENT'));
