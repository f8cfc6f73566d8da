import { describe, expect, it } from 'vitest';
import { Role, type Identity } from '@qualipref/auth';
import { authorize, can } from '../src/domain/policy.js';

const identity = (role: Role, tenantId = 'metz'): Identity => ({
  userId: 'u',
  tenantId,
  directorateId: 'd',
  role,
  readableTenantIds: [tenantId],
  email: 'u@example.test',
  name: 'U',
});

describe('organization.manage', () => {
  it('lets an administrator manage their own tenant only', () => {
    expect(can(identity(Role.ADMINISTRATOR), 'organization.manage', { tenantId: 'metz' })).toBe(true);
    expect(can(identity(Role.ADMINISTRATOR), 'organization.manage', { tenantId: 'forbach' })).toBe(false);
  });

  it('refuses every other role, in their tenant or another', () => {
    for (const role of [Role.AGENT, Role.MANAGER, Role.ANALYST]) {
      for (const tenantId of ['metz', 'forbach']) expect(can(identity(role), 'organization.manage', { tenantId })).toBe(false);
    }
  });

  it('refuses without an identity', () => {
    expect(can(null, 'organization.manage', { tenantId: 'metz' })).toBe(false);
  });

  it('says why when it refuses', () => {
    expect(() => authorize(identity(Role.MANAGER), 'organization.manage', { tenantId: 'metz' })).toThrow('Seuls les administrateurs');
    expect(() => authorize(identity(Role.ADMINISTRATOR), 'organization.manage', { tenantId: 'forbach' })).toThrow('votre préfecture');
    expect(() => authorize(identity(Role.ADMINISTRATOR), 'organization.manage', { tenantId: 'metz' })).not.toThrow();
  });
});
