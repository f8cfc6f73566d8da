import type { EntitySchema } from '@mikro-orm/core';
import { CounterVisit, ProcedureIndicator } from './counters.js';
import { AppointmentRequest, LegalityControl, LitigationCase } from './dctaj.js';
import { DelayTarget, TelephonyMonth, TenantSettings } from './delay-targets.js';
import { GedImport } from './ged-import.js';
import { CorrespondenceItem } from './items.js';

export * from './counters.js';
export * from './dctaj.js';
export * from './delay-targets.js';
export * from './ged-import.js';
export * from './items.js';

export const entities: EntitySchema[] = [
  TenantSettings,
  DelayTarget,
  GedImport,
  CorrespondenceItem,
  TelephonyMonth,
  LegalityControl,
  LitigationCase,
  AppointmentRequest,
  ProcedureIndicator,
  CounterVisit,
] as unknown as EntitySchema[];
