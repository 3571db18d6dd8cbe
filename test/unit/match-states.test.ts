import { describe, expect, it } from 'vitest';
import { FINAL_STATES, PENDING_STATES, transition, validReason, type MatchAction } from '#shared/decisions/states';

const actions: MatchAction[] = [
  { type: 'approve' },
  { type: 'reject', reason: 'x' },
  { type: 'accept' },
  { type: 'decline', reason: 'x' },
  { type: 'expire' },
  { type: 'release', cause: 'withdrawn' },
  { type: 'release', cause: 'roleClosed' },
];

describe('match state machine', () => {
  it.each([
    ['PROPOSED', 'approve', 'APPROVED', 'match.approved', false, 'unchanged', false],
    ['PROPOSED', 'reject', 'REJECTED', 'match.rejected', true, 'backToPool', true],
    ['PROPOSED', 'expire', 'EXPIRED', 'match.expired', true, 'backToPool', true],
    ['APPROVED', 'accept', 'CONFIRMED', 'match.confirmed', false, 'placed', false],
    ['APPROVED', 'decline', 'DECLINED', 'match.declined', true, 'backToPool', true],
    ['APPROVED', 'expire', 'EXPIRED', 'match.expired', true, 'backToPool', true],
  ] as const)('%s --%s--> %s', (from, type, to, event, releasePlace, applicant, forbidPair) => {
    const action = actions.find((a) => a.type === type)!;
    expect(transition(from, action)).toMatchObject({ from, to, event, releasePlace, applicant, forbidPair });
  });

  it('a reject that holds the student: the place goes back, the student is held, the pair stays possible', () => {
    expect(transition('PROPOSED', { type: 'reject', reason: 'x', hold: true })).toMatchObject({
      to: 'REJECTED',
      event: 'match.rejected',
      releasePlace: true,
      applicant: 'held',
      forbidPair: false,
    });
    expect(transition('APPROVED', { type: 'reject', reason: 'x', hold: true })).toBeUndefined();
  });

  it('a company cannot accept or decline before the coordinator approved', () => {
    expect(transition('PROPOSED', { type: 'accept' })).toBeUndefined();
    expect(transition('PROPOSED', { type: 'decline', reason: 'x' })).toBeUndefined();
  });

  it('a coordinator cannot decide twice', () => {
    expect(transition('APPROVED', { type: 'approve' })).toBeUndefined();
    expect(transition('APPROVED', { type: 'reject', reason: 'x' })).toBeUndefined();
  });

  it('nothing moves a decided match', () => {
    for (const status of FINAL_STATES) for (const action of actions) expect(transition(status, action), `${status} ${action.type}`).toBeUndefined();
  });

  it('a release frees the place; withdrawal takes the applicant out, a closed role puts them back', () => {
    for (const status of PENDING_STATES) {
      expect(transition(status, { type: 'release', cause: 'withdrawn' })).toMatchObject({ to: 'RELEASED', releasePlace: true, applicant: 'withdrawn', forbidPair: false });
      expect(transition(status, { type: 'release', cause: 'roleClosed' })).toMatchObject({ to: 'RELEASED', applicant: 'backToPool', forbidPair: false });
      expect(transition(status, { type: 'release', cause: 'roleClosed' })!.event).toBeUndefined();
    }
  });

  it('approval starts the company’s 7-day decision', () => {
    expect(transition('PROPOSED', { type: 'approve' })!.nextDecisionDays).toBe(7);
    expect(transition('APPROVED', { type: 'accept' })!.nextDecisionDays).toBeUndefined();
  });

  it('requires a reason of 1..2000 characters after trimming', () => {
    expect(validReason(undefined)).toBeUndefined();
    expect(validReason('   ')).toBeUndefined();
    expect(validReason('x'.repeat(2001))).toBeUndefined();
    expect(validReason('  Не подходит по срокам  ')).toBe('Не подходит по срокам');
  });
});
