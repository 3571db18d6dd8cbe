import { describe, expect, it } from 'vitest';
import { weeksBetween } from '#shared/platform/validation';
import { placementFacts } from '#shared/decisions/match-context';
import { checkPlacementDates, daysIn, earliestPlacement, isCalendarDate, placementWindow, weeksIn } from '#shared/decisions/placement-dates';

const window = { from: '2027-03-01', to: '2027-06-30' };

describe('placement dates', () => {
  it('the window is where the applicant’s availability and the role’s period overlap', () => {
    expect(placementWindow({ availableFrom: '2027-02-15', availableTo: '2027-06-30' }, { periodFrom: '2027-03-01', periodTo: '2027-08-31' })).toEqual(window);
    expect(placementWindow({ availableFrom: '2027-03-01', availableTo: '2027-09-30' }, { periodFrom: '2027-01-01', periodTo: '2027-06-30' })).toEqual(window);
  });

  it('proposes the earliest period of the required length, counting both end days', () => {
    const eight = earliestPlacement(window, 8, '2027-01-10T12:00:00.000Z');
    expect(eight).toEqual({ from: '2027-03-01', to: '2027-04-25' });
    expect(daysIn(eight)).toBe(56);
    expect(weeksIn(eight)).toBe(8);
  });

  it('does not propose days already past when the window has begun and still holds the placement', () => {
    expect(earliestPlacement(window, 8, '2027-04-01T08:00:00.000Z')).toEqual({ from: '2027-04-01', to: '2027-05-26' });
    // Too little left after today: the window's own start (the company can still move the dates).
    expect(earliestPlacement(window, 8, '2027-05-20T08:00:00.000Z')).toEqual({ from: '2027-03-01', to: '2027-04-25' });
    // A window shorter than the placement (never proposed) is given whole.
    expect(earliestPlacement({ from: '2027-03-01', to: '2027-03-10' }, 2, '2027-01-01')).toEqual({ from: '2027-03-01', to: '2027-03-10' });
  });

  it('accepts a period inside the window of at least the required weeks', () => {
    expect(checkPlacementDates(window, 8, { from: '2027-04-01', to: '2027-05-26' })).toEqual([]);
    expect(checkPlacementDates(window, 8, window)).toEqual([]);
  });

  it('names the field and what is wrong with it, in form order', () => {
    expect(checkPlacementDates(window, 8, { from: '2027-04-01', to: '2027-05-25' })).toEqual([{ field: 'placementTo', problem: 'tooShort' }]);
    expect(checkPlacementDates(window, 8, { from: '2027-06-01', to: '2027-05-01' })).toEqual([{ field: 'placementTo', problem: 'endBeforeStart' }]);
    expect(checkPlacementDates(window, 8, { from: '2027-02-28', to: '2027-07-01' })).toEqual([
      { field: 'placementFrom', problem: 'outsideWindow' },
      { field: 'placementTo', problem: 'outsideWindow' },
    ]);
    expect(checkPlacementDates(window, 8, { from: '2027-02-30', to: '' })).toEqual([
      { field: 'placementFrom', problem: 'invalidDate' },
      { field: 'placementTo', problem: 'invalidDate' },
    ]);
  });

  it('knows a calendar date from things shaped like one', () => {
    for (const good of ['2027-02-28', '2028-02-29', '2027-12-31']) expect(isCalendarDate(good), good).toBe(true);
    for (const bad of ['2027-02-29', '2027-13-01', '2027-3-1', '01.03.2027', '2027-03-01T00:00', '', '<script>']) expect(isCalendarDate(bad), bad).toBe(false);
  });

  it('the forms count a period’s weeks as matching and placements do: both end days', () => {
    // 1–28 March is four weeks; a form that counted one end only refused "4 weeks" for it.
    expect(weeksBetween('2027-03-01', '2027-03-28')).toBe(4);
    expect(weeksBetween('2027-03-01', '2027-03-27')).toBeLessThan(4);
    expect(weeksIn({ from: '2027-03-01', to: '2027-03-28' })).toBe(4);
  });

  it('the window the dates may move in is shown while they may, never in a confirmation', () => {
    const ctx = (status: string) =>
      ({
        match: { status, placement: { from: '2027-03-08', to: '2027-04-18' }, proposedAt: '2027-01-10T00:00:00.000Z' },
        application: { availableFrom: '2027-03-01', availableTo: '2027-06-30', minWeeks: 6 },
        role: { periodFrom: '2027-01-01', periodTo: '2027-12-31', minWeeks: 4, title: 'x', sector: 'construction', company: { name: 'y', city: 'Tampere', region: '', country: 'FI' } },
        school: {},
      }) as never;
    expect(placementFacts(ctx('APPROVED'))).toMatchObject({ periodFrom: '2027-03-08', periodTo: '2027-04-18', windowFrom: '2027-03-01', windowTo: '2027-06-30' });
    const confirmed = placementFacts(ctx('CONFIRMED'));
    expect(confirmed).toMatchObject({ periodFrom: '2027-03-08', periodTo: '2027-04-18' });
    expect(confirmed).not.toHaveProperty('windowFrom');
  });
});
