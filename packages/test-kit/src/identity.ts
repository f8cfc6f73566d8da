import type { Identity, Role } from '@qualipref/auth';

/**
 * An identity as a verified token gives it, for the policies' unit tests: a user of `metz` who
 * reads their own tenant only, unless the test says otherwise.
 */
export function identityFor(role: Role, facts: Partial<Omit<Identity, 'role'>> = {}): Identity {
  const tenantId = facts.tenantId ?? 'metz';
  return {
    userId: 'u',
    directorateId: 'd',
    readableTenantIds: [tenantId],
    email: 'u@example.test',
    name: 'U',
    ...facts,
    tenantId,
    role,
  };
}
