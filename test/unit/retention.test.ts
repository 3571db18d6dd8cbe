import { describe, expect, it } from 'vitest';
import { defaultRetentionUntil, eraseAt, nonPlacementEraseAt, placementEraseAt, resolveRetentionUntil, unconfirmedEraseAt } from '#shared/erasure/retention';

describe('retention dates', () => {
  it('default: five years from 31 December of the year of the last payment', () => {
    expect(defaultRetentionUntil('2028-03-15')).toBe('2033-12-31');
    expect(defaultRetentionUntil('2028-12-31')).toBe('2033-12-31');
    expect(defaultRetentionUntil('2029-01-01')).toBe('2034-12-31');
  });

  it('a configured retention date wins; bad dates fail loudly', () => {
    expect(resolveRetentionUntil({ programmeLastPaymentDate: '2028-03-15', retentionUntil: '2031-06-30' })).toBe('2031-06-30');
    expect(resolveRetentionUntil({ programmeLastPaymentDate: '2028-03-15' })).toBe('2033-12-31');
    expect(() => defaultRetentionUntil('2028-02-30')).toThrow(/not a valid date/);
    expect(() => resolveRetentionUntil({ programmeLastPaymentDate: '2028', retentionUntil: undefined })).toThrow(/ISO date/);
  });

  it('a never-placed application: 12 months after its availability ended', () => {
    expect(nonPlacementEraseAt('2027-06-30')).toBe('2028-07-01T00:00:00.000Z');
    expect(nonPlacementEraseAt('2027-12-31')).toBe('2029-01-01T00:00:00.000Z');
    // 29 February ends on 1 March; twelve months later is 1 March (not the 2nd).
    expect(nonPlacementEraseAt('2028-02-29')).toBe('2029-03-01T00:00:00.000Z');
  });

  it('a placement: once the retention date has ended', () => {
    expect(placementEraseAt('2033-12-31')).toBe('2034-01-01T00:00:00.000Z');
    expect(eraseAt({ status: 'PLACED', availableTo: '2027-06-30', submittedAt: '2027-01-10T09:00:00.000Z' }, '2033-12-31')).toBe('2034-01-01T00:00:00.000Z');
    for (const status of ['SUBMITTED', 'PROPOSED', 'WITHDRAWN']) {
      expect(eraseAt({ status, availableTo: '2027-06-30', submittedAt: '2027-01-10T09:00:00.000Z', confirmedAt: '2027-01-11T09:00:00.000Z' }, '2033-12-31')).toBe('2028-07-01T00:00:00.000Z');
    }
  });

  it('an application whose address was never confirmed: 7 days after it was submitted', () => {
    expect(unconfirmedEraseAt('2027-01-10T09:00:00.000Z')).toBe('2027-01-17T09:00:00.000Z');
    expect(eraseAt({ status: 'UNCONFIRMED', availableTo: '2027-06-30', submittedAt: '2027-01-10T09:00:00.000Z' }, '2033-12-31')).toBe('2027-01-17T09:00:00.000Z');
    // Withdrawn before it was confirmed: the same 7 days; withdrawn once confirmed: the rule for applications.
    expect(eraseAt({ status: 'WITHDRAWN', availableTo: '2027-06-30', submittedAt: '2027-01-10T09:00:00.000Z' }, '2033-12-31')).toBe('2027-01-17T09:00:00.000Z');
    expect(eraseAt({ status: 'WITHDRAWN', availableTo: '2027-06-30', submittedAt: '2027-01-10T09:00:00.000Z', confirmedAt: '2027-01-11T09:00:00.000Z' }, '2033-12-31')).toBe('2028-07-01T00:00:00.000Z');
  });
});
