import { readFile, readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { allEvents, applicationSubmitted, roleOpened } from '#events/contracts';
import { eventSchemaFiles } from '#functions/event-schemas';
import { mergePatterns, rulePatterns } from '#events/patterns';

describe('event contracts', () => {
  it('give each event a unique detail type in the liike source', () => {
    const types = allEvents.map((e) => e.detailType);
    expect(new Set(types).size).toBe(types.length);
    for (const e of allEvents) expect(e.pattern()).toEqual({ source: ['liike'], 'detail-type': [e.detailType] });
  });

  it('round-trip a detail through the outbox and the consumer parser', () => {
    const data = { roleId: crypto.randomUUID(), country: 'EE' as const, sector: 'wellbeing' as const, places: 3 };
    const outbox = roleOpened.outbox(data);
    const parsed = roleOpened.parse({ source: 'liike', 'detail-type': 'role.opened', detail: JSON.parse(outbox.detail) });
    expect(parsed.data).toEqual(data);
    expect(parsed.metadata.eventId).toBe(outbox.eventId);
  });

  it('refuse to publish or consume a detail that breaks the contract', () => {
    expect(() => roleOpened.outbox({ roleId: 'not-a-uuid', country: 'EE', sector: 'wellbeing', places: 1 })).toThrow();
    const outbox = roleOpened.outbox({ roleId: crypto.randomUUID(), country: 'EE', sector: 'wellbeing', places: 1 });
    expect(() => applicationSubmitted.parse({ source: 'liike', 'detail-type': 'role.opened', detail: JSON.parse(outbox.detail) })).toThrow();
    const detail = JSON.parse(outbox.detail);
    detail.data.email = 'someone@example.com';
    expect(() => roleOpened.parse({ source: 'liike', 'detail-type': 'role.opened', detail })).toThrow();
  });

  it('merge the patterns of one consumer into as few rules as keep their meaning', () => {
    expect(rulePatterns([roleOpened, applicationSubmitted])).toEqual([
      { source: ['liike'], 'detail-type': ['role.opened', 'application.submitted'] },
    ]);
    // Narrowed on data as well as detail type: merging would widen the match, so two rules.
    const narrowed = [roleOpened.pattern({ country: ['FI'] }), applicationSubmitted.pattern({ homeCountry: ['EE'] })];
    expect(mergePatterns(narrowed)).toEqual(narrowed);
    expect(rulePatterns([roleOpened, roleOpened])).toEqual([roleOpened.pattern()]);
  });

  it('keep the committed event catalog in step with the contracts (run `npm run event-schemas`)', async () => {
    const dir = new URL('../../events/schemas/', import.meta.url);
    const catalog = eventSchemaFiles();
    const files = await readdir(dir);
    // An earlier version's file stays as it was published, for whoever still reads that version.
    const current = new Map<string, number>(allEvents.map((e) => [e.detailType, e.version]));
    const earlier = (file: string) => {
      const [, detailType, version] = /^(.+)\.v(\d+)\.json$/.exec(file) ?? [];
      return detailType !== undefined && Number(version) < (current.get(detailType) ?? 0);
    };
    expect(files.filter((file) => !earlier(file)).sort()).toEqual(catalog.map((c) => c.file).sort());
    for (const { file, entry } of catalog) {
      expect(JSON.parse(await readFile(new URL(file, dir), 'utf8')), file).toEqual(entry);
    }
  });
});
