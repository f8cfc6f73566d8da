import { integerSetting, readOperationLimits, type OperationLimits } from '@qualipref/server-kit';

/**
 * The default cost limit (operationCost, with the variables). Measured on the real operations,
 * each with its largest variables (`first: 100` wherever a variable pages) and, for the apps',
 * the `__typename` Apollo Client adds: the costliest is the console's saved GraphiQL query
 * « ActionsDuPlan » (10 plans × 100 actions), 12,041; the costliest operation of the console,
 * the remotes and the kiosk is mf-drmm's DrmmCommittees, 1,759. A fan-out of three lists of
 * 100 costs about two million.
 */
export const DEFAULT_MAX_COST = 15_000;

/** Operation limits of the gateway, each settable from the environment. */
export interface Limits extends OperationLimits {
  maxCost: number;
  maxBatch: number;
  maxBodyBytes: number;
}

export function readLimits(env: NodeJS.ProcessEnv = process.env): Limits {
  return {
    ...readOperationLimits('GATEWAY', { maxDepth: 10, maxAliases: 15, maxDirectives: 10, maxTokens: 3000 }, env),
    maxCost: integerSetting(env.GATEWAY_MAX_COST, DEFAULT_MAX_COST, 'GATEWAY_MAX_COST'),
    maxBatch: integerSetting(env.GATEWAY_MAX_BATCH, 10, 'GATEWAY_MAX_BATCH'),
    maxBodyBytes: integerSetting(env.GATEWAY_MAX_BODY_BYTES, 2_000_000, 'GATEWAY_MAX_BODY_BYTES'),
  };
}
