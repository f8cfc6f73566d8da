-- The notes name their sources as a reader can find them: the domain description of this
-- repository is no source a préfecture agent can open.
update "quality"."referential"
   set "note" = replace("note", '(DOMAIN.md, relevé de conclusions du CLU de la Moselle)', '(programme qualité des préfectures, relevé de conclusions du CLU de la Moselle du 18 novembre 2015)')
 where "code" = 'MARIANNE_2008';
update "quality"."referential"
   set "note" = replace("note", 'le texte livré est le résumé de DOMAIN.md (« agir pour limiter l’impact environnemental »), à vérifier', 'le texte livré est un résumé de l’engagement tel qu’il est couramment cité (« agir pour limiter l’impact environnemental »), à vérifier')
 where "code" = 'SERVICES_PUBLICS_PLUS_2023';
