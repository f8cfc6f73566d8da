/** Whether a tenant is the préfecture or one of its sous-préfectures. */
export enum TenantKind {
  PREFECTURE = 'PREFECTURE',
  SOUS_PREFECTURE = 'SOUS_PREFECTURE',
}

/** What a unit of a directorate is called in the prefecture's organization chart. */
export enum ServiceKind {
  BUREAU = 'BUREAU',
  SERVICE = 'SERVICE',
  MISSION = 'MISSION',
  POLE = 'POLE',
  CELLULE = 'CELLULE',
}

/** How the State's block names the prefect (« PRÉFET DE LA MOSELLE », « PRÉFÈTE DU BAS-RHIN »). */
export enum PrefectTitle {
  PREFET = 'PREFET',
  PREFETE = 'PREFETE',
}
