import { Role, passwordProblem } from '@qualipref/auth';
import { badInput } from '@qualipref/server-kit';
import { TenantKind } from './kinds.js';

export interface TenantFacts {
  id: string;
  kind: TenantKind;
  parentId?: string | null;
}

/**
 * Which tenants a user may read: their own; a préfecture's analyst also reads the
 * sous-préfectures under it (the prefecture-level view across the three).
 */
export function readableTenantIds(own: TenantFacts, role: Role, all: readonly TenantFacts[]): string[] {
  if (own.kind === TenantKind.PREFECTURE && role === Role.ANALYST) {
    return [own.id, ...all.filter((t) => t.parentId === own.id).map((t) => t.id)];
  }
  return [own.id];
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normalizeEmail(email: string): string {
  const value = email.trim().toLowerCase();
  if (!EMAIL.test(value) || value.length > 320) throw badInput('Adresse électronique invalide.', 'email');
  return value;
}

export function normalizeCode(code: string, field = 'code'): string {
  const value = code.trim().toUpperCase();
  if (!/^[A-Z0-9][A-Z0-9_-]{0,19}$/.test(value)) {
    throw badInput('Le sigle doit compter de 1 à 20 caractères : lettres, chiffres, tiret ou souligné.', field);
  }
  return value;
}

export function checkPassword(password: string): string {
  const problem = passwordProblem(password);
  if (problem) throw badInput(problem, 'password');
  return password;
}
