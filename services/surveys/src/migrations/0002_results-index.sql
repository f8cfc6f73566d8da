-- Generated from the entities by `migration:create`; review before committing.
drop index "surveys"."answer_campaign_id_question_id_option_channel_index";
create index "answer_campaign_id_question_id_option_channel_tenant_id_index" on "surveys"."answer" ("campaign_id", "question_id", "option", "channel", "tenant_id");
