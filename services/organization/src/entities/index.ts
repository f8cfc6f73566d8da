import { RateLimitBucket } from '@qualipref/server-kit';
import { Directorate, Service } from './directorates.js';
import { RefreshToken } from './sessions.js';
import { Tenant } from './tenants.js';
import { User } from './users.js';

export * from './directorates.js';
export * from './sessions.js';
export * from './tenants.js';
export * from './users.js';

export const entities = [Tenant, Directorate, Service, User, RefreshToken, RateLimitBucket];
