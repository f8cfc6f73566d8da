import { describe, expect, it } from 'vitest';
import { Role } from '@qualipref/auth';
import { identityFor } from '@qualipref/test-kit';
import { authorize, can, type PolicyAction } from '../src/domain/policy.js';

// A préfecture analyst reads its sous-préfectures too.
const identity = (role: Role, tenantId = 'metz') =>
  identityFor(role, { tenantId, readableTenantIds: tenantId === 'metz' && role === Role.ANALYST ? ['metz', 'forbach'] : [tenantId] });

const ROLES = [Role.ADMINISTRATOR, Role.MANAGER, Role.AGENT, Role.ANALYST];

/** Who may, in their own tenant, for each action; nobody may in another tenant. */
const ALLOWED: Record<PolicyAction, Role[]> = {
  'surveys.manage': [Role.ADMINISTRATOR, Role.MANAGER],
  'surveys.issueKioskTokens': [Role.ADMINISTRATOR],
  'surveys.keyInPaperForms': [Role.ADMINISTRATOR, Role.MANAGER, Role.AGENT],
  'surveys.handleFeedback': [Role.ADMINISTRATOR, Role.MANAGER, Role.AGENT],
  'surveys.seeMemberEmails': [Role.ADMINISTRATOR, Role.MANAGER],
  'surveys.seeFeedbackContacts': [Role.ADMINISTRATOR, Role.MANAGER, Role.AGENT],
};

describe('the surveys policy, role by role and tenant by tenant', () => {
  for (const [action, allowed] of Object.entries(ALLOWED) as [PolicyAction, Role[]][]) {
    it(`${action}: ${allowed.join(', ')} of the tenant, nobody else`, () => {
      for (const role of ROLES) {
        expect(can(identity(role), action, { tenantId: 'metz' }), `${role} in their tenant`).toBe(allowed.includes(role));
        // A préfecture analyst reads Forbach; nobody acts there from Metz.
        expect(can(identity(role), action, { tenantId: 'forbach' }), `${role} in another tenant`).toBe(false);
      }
      expect(can(null, action, { tenantId: 'metz' })).toBe(false);
    });
  }

  it('says why when it refuses, in the words the console shows', () => {
    expect(() => authorize(identity(Role.AGENT), 'surveys.manage', { tenantId: 'metz' })).toThrow('Seuls les responsables et les administrateurs gèrent les enquêtes.');
    expect(() => authorize(identity(Role.MANAGER), 'surveys.issueKioskTokens', { tenantId: 'metz' })).toThrow('Seuls les administrateurs délivrent et révoquent les jetons des bornes.');
    expect(() => authorize(identity(Role.ANALYST), 'surveys.handleFeedback', { tenantId: 'metz' })).toThrow('Les analystes consultent les enquêtes sans les modifier.');
    expect(() => authorize(identity(Role.MANAGER), 'surveys.manage', { tenantId: 'forbach' })).toThrow('votre préfecture ou sous-préfecture');
    expect(() => authorize(identity(Role.MANAGER), 'surveys.manage', { tenantId: 'metz' })).not.toThrow();
  });

  it('refuses with FORBIDDEN', () => {
    try {
      authorize(identity(Role.ANALYST), 'surveys.keyInPaperForms', { tenantId: 'metz' });
      expect.unreachable();
    } catch (error) {
      expect((error as { code?: string }).code).toBe('FORBIDDEN');
    }
  });
});
