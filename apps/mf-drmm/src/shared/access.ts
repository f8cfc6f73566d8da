import type { ConsoleUser } from '@qualipref/console-kit';

/** What the console needs to know of a committee to decide whether to offer its management. */
export interface CommitteeRights {
  tenantId: string;
  ownerDirectorate: { id: string };
  secretariat: readonly { id: string }[];
}

/** The secretariat, the managers of the directorate that runs the committee, and administrators (as the API decides). */
export function canManageCommittee(user: ConsoleUser, committee: CommitteeRights): boolean {
  if (user.role === 'ANALYST' || committee.tenantId !== user.tenant.id) return false;
  return user.role === 'ADMINISTRATOR' || committee.secretariat.some((s) => s.id === user.id) || (user.role === 'MANAGER' && user.directorate.id === committee.ownerDirectorate.id);
}

const managerOrAdministrator = (user: ConsoleUser) => user.role === 'MANAGER' || user.role === 'ADMINISTRATOR';

/** Managers and administrators of the tenant create committees (as the API decides). */
export const managesTenant = (user: ConsoleUser, tenantId: string) => tenantId === user.tenant.id && managerOrAdministrator(user);

/** Anyone of the tenant but its analysts, who only read: agents too move proposals on and report progress. */
export const actsInTenant = (user: ConsoleUser, tenantId: string) => tenantId === user.tenant.id && user.role !== 'ANALYST';
