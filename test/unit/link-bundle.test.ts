import { describe, expect, it } from 'vitest';
import { buildLikeCdk } from '../support/bundle.ts';


/** The files of this repository an entry's bundle is built from (esbuild's metafile), relative to the root. */
async function ownInputs(entry: string): Promise<string[]> {
  const result = await buildLikeCdk([entry]);
  return Object.keys(result.metafile.inputs).filter((file) => !file.includes('node_modules'));
}

describe('the pages behind email links (the link function)', () => {
  it('explain a chosen role with the matcher alone, not the matching round', async () => {
    const inputs = await ownInputs('functions/api/link.ts');
    // The status page explains chosen roles with the matcher's rules (it does bundle them)…
    expect(inputs).toContain('shared/matching/rules.ts');
    expect(inputs).toContain('shared/rounds/pool-items.ts');
    // …but not the round that writes proposals, nor its loop and lease: the link function is
    // granted none of their writes, and every page of every link would load them.
    for (const file of ['shared/rounds/round.ts', 'shared/rounds/run-rounds.ts', 'shared/rounds/lease.ts']) expect(inputs).not.toContain(file);
  }, 60_000);
});
