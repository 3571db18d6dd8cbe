import { describe, expect, it } from 'vitest';
import { leftOut, type BusyPeriod, type PoolApplication } from '#shared/rounds/one-person';

const application = (applicationId: string, person: string | undefined, from: string, to: string, enteredAt = '2027-01-01T00:00:00.000Z'): PoolApplication => ({
  applicationId,
  person,
  window: { from, to },
  enteredAt,
});
const busy = (person: string, from: string, to: string): BusyPeriod => ({ person, period: { from, to } });
const sorted = (set: Set<string>) => [...set].sort();

describe('one person, one placement at a time, in a round', () => {
  it('offers every application of people with one application each', () => {
    const pool = [application('a', 'anna', '2027-03-01', '2027-06-30'), application('b', 'boris', '2027-03-01', '2027-06-30')];
    expect(sorted(leftOut(pool, []))).toEqual([]);
  });

  it("of a person's two overlapping applications, offers the one that entered the pool first", () => {
    const pool = [
      application('late', 'anna', '2027-04-01', '2027-08-31', '2027-01-02T00:00:00.000Z'),
      application('early', 'anna', '2027-03-01', '2027-06-30', '2027-01-01T00:00:00.000Z'),
    ];
    expect(sorted(leftOut(pool, []))).toEqual(['late']);
  });

  it('breaks a tie of the same moment by id, whatever order the pool was read in', () => {
    const pool = [application('b', 'anna', '2027-03-01', '2027-06-30'), application('a', 'anna', '2027-05-01', '2027-07-31')];
    expect(sorted(leftOut(pool, []))).toEqual(['b']);
    expect(sorted(leftOut([...pool].reverse(), []))).toEqual(['b']);
  });

  it('counts both end days: one shared day is an overlap, the next day is not', () => {
    expect(sorted(leftOut([application('a', 'anna', '2027-03-01', '2027-04-30'), application('b', 'anna', '2027-04-30', '2027-06-30', '2027-02-01T00:00:00.000Z')], []))).toEqual(['b']);
    expect(sorted(leftOut([application('a', 'anna', '2027-03-01', '2027-04-30'), application('b', 'anna', '2027-05-01', '2027-06-30', '2027-02-01T00:00:00.000Z')], []))).toEqual([]);
  });

  it("keeps people apart: another person's overlapping application or proposal changes nothing", () => {
    const pool = [application('a', 'anna', '2027-03-01', '2027-06-30'), application('b', 'boris', '2027-03-01', '2027-06-30')];
    expect(sorted(leftOut(pool, [busy('boris', '2027-08-01', '2027-09-30'), busy('carl', '2027-03-01', '2027-06-30')]))).toEqual([]);
  });

  it("leaves out an application overlapping the person's pending proposal, not one for other dates", () => {
    const pool = [application('overlapping', 'anna', '2027-03-01', '2027-06-30'), application('later', 'anna', '2027-08-01', '2027-10-31')];
    expect(sorted(leftOut(pool, [busy('anna', '2027-05-01', '2027-06-25')]))).toEqual(['overlapping']);
  });

  it('measures a proposal by its placement dates, not by the availability around them', () => {
    // Available March to June, placed April only: May is free for another application.
    const pool = [application('may', 'anna', '2027-05-01', '2027-06-30')];
    expect(sorted(leftOut(pool, [busy('anna', '2027-04-01', '2027-04-28')]))).toEqual([]);
  });

  it('lets in a later application that overlaps only one left out (which takes no days)', () => {
    const pool = [
      application('first', 'anna', '2027-03-01', '2027-05-31', '2027-01-01T00:00:00.000Z'),
      application('second', 'anna', '2027-05-01', '2027-07-31', '2027-01-02T00:00:00.000Z'),
      application('third', 'anna', '2027-07-01', '2027-09-30', '2027-01-03T00:00:00.000Z'),
    ];
    // The first goes in; the second overlaps it; the third overlaps only the second.
    expect(sorted(leftOut(pool, []))).toEqual(['second']);
    // With the first kept out by a proposal, the second is the one offered, and it keeps the third out.
    expect(sorted(leftOut(pool, [busy('anna', '2027-03-15', '2027-04-30')]))).toEqual(['first', 'third']);
  });

  it('holds no one to the rule whose address was erased (no person)', () => {
    const pool = [application('a', undefined, '2027-03-01', '2027-06-30'), application('b', undefined, '2027-03-01', '2027-06-30')];
    expect(sorted(leftOut(pool, []))).toEqual([]);
  });

  it('leaves the pool as it was read', () => {
    const pool = [application('b', 'anna', '2027-03-01', '2027-06-30'), application('a', 'anna', '2027-05-01', '2027-07-31')];
    leftOut(pool, []);
    expect(pool.map((a) => a.applicationId)).toEqual(['b', 'a']);
  });
});
