-- GED imports keep the shared import report's issues ({ line, field, code, message }) instead of { line, reason }.
-- Row-level security is forced on the table: the owner running migrations is exempted for this rewrite only.
alter table "correspondence"."ged_import" no force row level security;
update "correspondence"."ged_import" g set "problems" = coalesce(
  (select jsonb_agg(jsonb_build_object('line', p -> 'line', 'field', null, 'code', 'INVALID_ROW', 'message', p -> 'reason') order by (p ->> 'line')::int)
     from jsonb_array_elements(g."problems") p),
  '[]'::jsonb)
where exists (select 1 from jsonb_array_elements(g."problems") p where p ? 'reason');
alter table "correspondence"."ged_import" force row level security;
