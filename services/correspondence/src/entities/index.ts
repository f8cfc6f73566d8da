import type { EntitySchema } from '@mikro-orm/core';
import { CounterVisit, ProcedureIndicator } from './counters.js';
import { AppointmentRequest, LegalityControl, LitigationCase } from './dctaj.js';
import { Engagement, Referential, TelephonyMonth, TenantSettings } from './engagements.js';
import { GedImport } from './ged-import.js';
import { CorrespondenceItem } from './items.js';

export * from './counters.js';
export * from './dctaj.js';
export * from './engagements.js';
export * from './ged-import.js';
export * from './items.js';

export const entities: EntitySchema[] = [
  TenantSettings,
  Referential,
  Engagement,
  GedImport,
  CorrespondenceItem,
  TelephonyMonth,
  LegalityControl,
  LitigationCase,
  AppointmentRequest,
  ProcedureIndicator,
  CounterVisit,
] as unknown as EntitySchema[];
