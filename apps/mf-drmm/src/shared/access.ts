import type { ConsoleUser } from '@qualipref/console-kit';

const managerOrAdministrator = (user: ConsoleUser) => user.role === 'MANAGER' || user.role === 'ADMINISTRATOR';

/** Managers and administrators of the tenant run questionnaires, panels and campaigns (as the API decides). */
export const managesTenant = (user: ConsoleUser, tenantId: string) => tenantId === user.tenant.id && managerOrAdministrator(user);

/** Anyone of the tenant but its analysts, who only read: agents too answer feedback and key in paper forms. */
export const actsInTenant = (user: ConsoleUser, tenantId: string) => tenantId === user.tenant.id && user.role !== 'ANALYST';

/** The API gives panel members' addresses (personal data) to managers and administrators only. */
export const seesMemberEmails = managerOrAdministrator;
