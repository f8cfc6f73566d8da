-- Net satisfaction (satisfied minus dissatisfied) runs from -1 to 1: it is no share of 0 to 1, and
-- gets its own unit, for its definitions and the values already recorded.
alter table "quality"."indicator_definition" drop constraint "indicator_definition_unit_check";
alter table "quality"."indicator_definition" add constraint "indicator_definition_unit_check" check ("unit" in ('RATE', 'SIGNED_RATE', 'WORKING_DAYS', 'RINGS', 'COUNT', 'SCORE_10', 'MINUTES', 'BOOLEAN'));

alter table "quality"."indicator_value" drop constraint "indicator_value_unit_check";
alter table "quality"."indicator_value" add constraint "indicator_value_unit_check" check ("unit" in ('RATE', 'SIGNED_RATE', 'WORKING_DAYS', 'RINGS', 'COUNT', 'SCORE_10', 'MINUTES', 'BOOLEAN'));

update "quality"."indicator_definition" set "unit" = 'SIGNED_RATE' where "computation" = 'NET_SATISFACTION';
update "quality"."indicator_value" v set "unit" = 'SIGNED_RATE' from "quality"."indicator_definition" d where d."id" = v."indicator_id" and d."computation" = 'NET_SATISFACTION';
