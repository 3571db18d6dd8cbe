import { describe, expect, it } from 'vitest';
import { boundRow, renderMarkdown, targetRow, targetRows, targetsTable } from '../../bench/results.ts';

// The verdicts the closing notes and results.md report come from these few lines: a wrong
// comparison or a lost row would report a MISS as a PASS.
describe('bench target rows', () => {
  it('is a PASS exactly when measured / floor is at most the limit', () => {
    expect(targetRow('x', 125, 100, 1.25, 'KB', 'SDK only')).toMatchObject({ ratio: 1.25, verdict: 'PASS' });
    expect(targetRow('x', 125.1, 100, 1.25, 'KB', 'SDK only')).toMatchObject({ ratio: 1.25, verdict: 'MISS' });
    expect(targetRow('x', 40, 10, 4, 'ms', 'plain DA').verdict).toBe('PASS');
    expect(targetRow('x', 41, 10, 4, 'ms', 'plain DA')).toMatchObject({ ratio: 4.1, verdict: 'MISS' });
  });

  it('never passes something measured against a floor of nothing', () => {
    expect(targetRow('x', 5, 0, 1.25, 'KB', 'none')).toMatchObject({ verdict: 'MISS', ratio: 999 });
    expect(targetRow('x', 0, 0, 1.25, 'KB', 'none').verdict).toBe('PASS');
  });

  it('reads a bound as a ratio of 1', () => {
    expect(boundRow('p99', 999, 1000, 'ms', '1 s')).toMatchObject({ limit: 1, verdict: 'PASS', ratio: 1 });
    expect(boundRow('p99', 1885, 1000, 'ms', '1 s')).toMatchObject({ verdict: 'MISS', ratio: 1.89 });
  });

  it('gathers every benchmark’s rows, in order, into results.md’s opening table', () => {
    const entry = (targets: unknown) => ({ ranAt: '2026-12-06T00:00:00Z', wallMs: 1, machine: 'm', result: { targets } as never });
    const results = {
      bundles: entry([targetRow('link bundle', 500, 333, 1.25, 'KB', 'SDK only')]),
      matching: entry([targetRow('45k', 30, 10, 4, 'ms', 'plain DA'), { not: 'a row' }]),
      board: entry('not rows'),
    };
    const rows = targetRows(results);
    expect(rows.map((r) => [r.benchmark, r.target, r.verdict])).toEqual([
      ['bundles', 'link bundle', 'MISS'],
      ['matching', '45k', 'PASS'],
    ]);
    expect(targetsTable(results)).toMatch(/1 of 2 PASS$/);
    const md = renderMarkdown(results);
    expect(md.indexOf('## Targets')).toBeGreaterThan(0);
    expect(md.indexOf('## Targets')).toBeLessThan(md.indexOf('## bundles'));
    expect(md).toContain('| bundles | link bundle | 500 | 333 | KB | SDK only | 1.5 | 1.25 | MISS |');
  });

  it('leaves the table out when no benchmark has targets', () => {
    expect(targetsTable({})).toBe('');
    expect(renderMarkdown({})).not.toContain('## Targets');
  });
});
