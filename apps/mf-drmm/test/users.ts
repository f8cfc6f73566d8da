import type { ConsoleUser } from '@qualipref/console-kit';

/** The DRMM manager (MACAP) the module's tests act as. */
export const manager: ConsoleUser = {
  id: 'manager',
  email: 'metz.manager@demo.qualipref.test',
  displayName: 'Responsable MACAP',
  role: 'MANAGER',
  tenant: { id: 'metz', name: 'Préfecture de la Moselle', kind: 'PREFECTURE', timeZone: 'Europe/Paris' },
  directorate: { id: 'drmm', code: 'DRMM', name: 'DRMM' },
  readableTenantIds: ['metz'],
};
