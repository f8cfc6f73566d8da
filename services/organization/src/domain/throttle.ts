import { DomainError, ErrorCode } from '@qualipref/server-kit';

/**
 * Failed sign-ins per e-mail address over a sliding window: past the limit, the address is
 * refused until its oldest failure leaves the window, even with the right password, so that
 * passwords cannot be guessed by trying many. Kept in memory: each instance of the service
 * counts its own (put several behind a sticky load balancer, or lower the limit accordingly).
 */
export class SignInThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    readonly maxFailures: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  private recent(key: string): number[] {
    const since = this.now() - this.windowMs;
    const kept = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (kept.length) this.failures.set(key, kept);
    else this.failures.delete(key);
    return kept;
  }

  /** LIMIT_EXCEEDED (reason TOO_MANY_ATTEMPTS) while the address has too many recent failures. */
  assertAllowed(key: string): void {
    const recent = this.recent(key);
    if (recent.length < this.maxFailures) return;
    const minutes = Math.max(1, Math.ceil((recent[0]! + this.windowMs - this.now()) / 60_000));
    throw new DomainError(ErrorCode.LIMIT_EXCEEDED, `Trop de tentatives de connexion pour cette adresse : réessayez dans ${minutes} min.`, 'email', 'TOO_MANY_ATTEMPTS');
  }

  recordFailure(key: string): void {
    this.failures.set(key, [...this.recent(key), this.now()]);
    // Bounded memory: a flood of made-up addresses cannot grow the map without limit.
    if (this.failures.size > 100_000) for (const k of [...this.failures.keys()].slice(0, 10_000)) this.failures.delete(k);
  }

  recordSuccess(key: string): void {
    this.failures.delete(key);
  }
}
