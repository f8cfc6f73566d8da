-- The programme « Transparence » of the ministry of the Interior, which the préfectures and
-- sous-préfectures publish each quarter in their hall and online, gives their rate of calls picked
-- up (« taux d'appels décrochés »: 93 % for the préfecture de la Moselle in the 2nd quarter of 2021,
-- gazettemoselle.fr; « taux d'appels aboutis », alpes-de-haute-provence.gouv.fr, 1st quarter of 2020):
-- under Services Publics + 2023 the platform's global pick-up rate is part of the publication set.
update "quality"."indicator_definition" i
   set "published" = true
  from "quality"."engagement" e
  join "quality"."referential" r on r."id" = e."referential_id"
 where i."engagement_id" = e."id" and r."code" = 'SERVICES_PUBLICS_PLUS_2023' and i."code" = 'TAUX_DECROCHE_GLOBAL';
update "quality"."referential"
   set "note" = "note" || ' Publication trimestrielle (programme « Transparence » du ministère de l’Intérieur, affichage dans le hall et en ligne) : taux d’appels décrochés, satisfaction, délais ; sources : https://www.alpes-de-haute-provence.gouv.fr/index.php/Publications/Programme-Transparence/Le-programme-transparence-sur-la-qualite-et-l-efficacite-des-services-publics et https://gazettemoselle.fr/article/les-services-publics-d-etat-mosellans-evalues (2e trimestre 2021 en Moselle).'
 where "code" = 'SERVICES_PUBLICS_PLUS_2023';
