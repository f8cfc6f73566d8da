import { describe, expect, it } from 'vitest';
import { AuditKind, DeadlineState } from '../src/domain/enums.js';
import { auditCycle, nextDeadline, type AuditFacts } from '../src/domain/rules.js';

const audit = (kind: AuditKind, plannedOn: string, heldOn: string | null = null, id = `${kind}-${plannedOn}`): AuditFacts => ({ id, kind, plannedOn, heldOn });
const summary = (cycle: ReturnType<typeof auditCycle>) => cycle.deadlines.map((d) => [d.kind, d.dueOn, d.state, d.warning]);

describe('the audit cycle (Q4)', () => {
  it('runs three years from the certification: internal audit, follow-up at eighteen months, internal audit, renewal by the last day', () => {
    const cycle = auditCycle('2024-06-20', [], '2024-07-01');
    expect(cycle.expiresOn).toBe('2027-06-19');
    expect(summary(cycle)).toEqual([
      [AuditKind.INTERNAL, '2025-09-20', DeadlineState.NOT_SCHEDULED, false],
      [AuditKind.FOLLOW_UP, '2025-12-20', DeadlineState.NOT_SCHEDULED, false],
      [AuditKind.INTERNAL, '2027-03-19', DeadlineState.NOT_SCHEDULED, false],
      [AuditKind.RENEWAL, '2027-06-19', DeadlineState.NOT_SCHEDULED, false],
    ]);
  });

  it('warns ninety days before a deadline not met, says when it is planned in time, held, or overdue', () => {
    const audits = [audit(AuditKind.INTERNAL, '2025-09-10', '2025-09-12'), audit(AuditKind.FOLLOW_UP, '2025-12-15')];
    expect(summary(auditCycle('2024-06-20', audits, '2025-09-20')).slice(0, 2)).toEqual([
      [AuditKind.INTERNAL, '2025-09-20', DeadlineState.DONE, false],
      [AuditKind.FOLLOW_UP, '2025-12-20', DeadlineState.SCHEDULED, false],
    ]);
    expect(auditCycle('2024-06-20', audits, '2025-09-21').deadlines[1]!.warning).toBe(true);
    // Planned after its deadline is not planned in time; past it without the audit is overdue.
    expect(auditCycle('2024-06-20', [audit(AuditKind.FOLLOW_UP, '2026-01-10')], '2025-11-01').deadlines[1]!.state).toBe(DeadlineState.NOT_SCHEDULED);
    const late = auditCycle('2024-06-20', [], '2025-12-21').deadlines[1]!;
    expect([late.state, late.warning]).toEqual([DeadlineState.OVERDUE, true]);
  });

  it('announces the first deadline not met after the last one met, leaving a missed internal audit in the past', () => {
    const cycle = auditCycle('2024-06-20', [audit(AuditKind.FOLLOW_UP, '2025-12-10', '2025-12-10')], '2026-02-01');
    expect(cycle.deadlines[0]!.state).toBe(DeadlineState.OVERDUE);
    expect(nextDeadline(cycle)).toMatchObject({ kind: AuditKind.INTERNAL, dueOn: '2027-03-19', state: DeadlineState.NOT_SCHEDULED });
    const renewed = auditCycle('2024-06-20', [audit(AuditKind.FOLLOW_UP, '2025-12-10', '2025-12-10'), audit(AuditKind.INTERNAL, '2027-03-01', '2027-03-01'), audit(AuditKind.RENEWAL, '2027-06-01', '2027-06-01')], '2027-06-02');
    expect(nextDeadline(renewed)).toBeNull();
  });

  it('before the first certification, has the certification audit planned as its one deadline', () => {
    expect(auditCycle(null, [], '2026-01-01')).toEqual({ expiresOn: null, deadlines: [] });
    expect(summary(auditCycle(null, [audit(AuditKind.CERTIFICATION, '2026-03-02')], '2026-01-01'))).toEqual([[AuditKind.CERTIFICATION, '2026-03-02', DeadlineState.SCHEDULED, true]]);
  });
});
