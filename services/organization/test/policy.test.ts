import { describe, expect, it } from 'vitest';
import { Role } from '@qualipref/auth';
import { identityFor } from '@qualipref/test-kit';
import { authorize, can } from '../src/domain/policy.js';

const identity = (role: Role, tenantId = 'metz') => identityFor(role, { tenantId });

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

describe('directorate.openModule', () => {
  const module = { tenantId: 'metz', directorateId: 'drmm' };

  it('opens a directorate\'s module to its members, whatever their role', () => {
    for (const role of [Role.AGENT, Role.MANAGER, Role.ANALYST, Role.ADMINISTRATOR]) {
      expect(can(identityFor(role, { directorateId: 'drmm' }), 'directorate.openModule', module)).toBe(true);
    }
  });

  it('opens every directorate of the tenants they read to analysts and administrators only', () => {
    expect(can(identityFor(Role.ANALYST, { directorateId: 'sg' }), 'directorate.openModule', module)).toBe(true);
    expect(can(identityFor(Role.ADMINISTRATOR, { directorateId: 'sg' }), 'directorate.openModule', module)).toBe(true);
    expect(can(identityFor(Role.MANAGER, { directorateId: 'dctaj' }), 'directorate.openModule', module)).toBe(false);
    expect(can(identityFor(Role.AGENT, { directorateId: 'dctaj' }), 'directorate.openModule', module)).toBe(false);
    expect(can(identityFor(Role.ANALYST, { tenantId: 'forbach', directorateId: 'spf' }), 'directorate.openModule', module)).toBe(false);
    expect(can(identityFor(Role.ANALYST, { directorateId: 'sg', readableTenantIds: ['metz', 'forbach'] }), 'directorate.openModule', { tenantId: 'forbach', directorateId: 'spf' })).toBe(true);
  });
});

describe('data.analyse', () => {
  it('lets analysts and administrators query the tenants they read', () => {
    expect([Role.AGENT, Role.MANAGER, Role.ANALYST, Role.ADMINISTRATOR].map((role) => can(identity(role), 'data.analyse', { tenantId: 'metz' }))).toEqual([false, false, true, true]);
    expect(can(identity(Role.ANALYST), 'data.analyse', { tenantId: 'forbach' })).toBe(false);
    expect(() => authorize(identity(Role.MANAGER), 'data.analyse', { tenantId: 'metz' })).toThrow('Seuls les analystes');
  });
});
