import { describe, expect, it } from 'vitest';
import { Role } from '@qualipref/auth';
import { identityFor } from '@qualipref/test-kit';
import { authorize, can } from '../src/domain/policy.js';

const identity = (role: Role, directorateId = 'dctaj', tenantId = 'metz') => identityFor(role, { directorateId, tenantId });

const ALL_ROLES = [Role.AGENT, Role.MANAGER, Role.ADMINISTRATOR, Role.ANALYST];

describe('correspondence.record', () => {
  it('lets agents and managers record for their own directorate, administrators for any', () => {
    expect(ALL_ROLES.map((role) => [role, can(identity(role), 'correspondence.record', { directorateId: 'dctaj' })])).toEqual([
      [Role.AGENT, true],
      [Role.MANAGER, true],
      [Role.ADMINISTRATOR, true],
      [Role.ANALYST, false],
    ]);
    expect(ALL_ROLES.map((role) => [role, can(identity(role), 'correspondence.record', { directorateId: 'dlp' })])).toEqual([
      [Role.AGENT, false],
      [Role.MANAGER, false],
      [Role.ADMINISTRATOR, true],
      [Role.ANALYST, false],
    ]);
  });

  it('says why when it refuses', () => {
    expect(() => authorize(identity(Role.ANALYST), 'correspondence.record', { directorateId: 'dctaj' })).toThrow('Les analystes consultent');
    expect(() => authorize(identity(Role.AGENT), 'correspondence.record', { directorateId: 'dlp' })).toThrow('ses propres services');
  });
});

describe('correspondence.configure and correspondence.recordProcedureIndicators', () => {
  it('leaves the delay targets and the calendar to the administrators of the tenant', () => {
    expect(ALL_ROLES.filter((role) => can(identity(role), 'correspondence.configure', { tenantId: 'metz' }))).toEqual([Role.ADMINISTRATOR]);
    expect(can(identity(Role.ADMINISTRATOR), 'correspondence.configure', { tenantId: 'forbach' })).toBe(false);
  });

  it('lets managers and administrators record the procedures’ processing times, in their tenant', () => {
    expect(ALL_ROLES.filter((role) => can(identity(role), 'correspondence.recordProcedureIndicators', { tenantId: 'metz' }))).toEqual([Role.MANAGER, Role.ADMINISTRATOR]);
    expect(can(identity(Role.MANAGER), 'correspondence.recordProcedureIndicators', { tenantId: 'forbach' })).toBe(false);
  });
});

describe('dctaj.record', () => {
  it('lets the owning directorate and the administrators of its tenant record, never analysts', () => {
    const subject = { tenantId: 'metz', ownerDirectorateId: 'dctaj' };
    expect(ALL_ROLES.filter((role) => can(identity(role), 'dctaj.record', subject))).toEqual([Role.AGENT, Role.MANAGER, Role.ADMINISTRATOR]);
    expect(ALL_ROLES.filter((role) => can(identity(role, 'drmm'), 'dctaj.record', subject))).toEqual([Role.ADMINISTRATOR]);
    expect(can(identity(Role.ADMINISTRATOR), 'dctaj.record', { tenantId: 'forbach', ownerDirectorateId: 'dctaj' })).toBe(false);
    expect(can(null, 'dctaj.record', subject)).toBe(false);
  });
});
