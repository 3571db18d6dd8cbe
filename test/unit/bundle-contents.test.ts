import { describe, expect, it } from 'vitest';
import { functions, type FunctionDef } from '#functions/catalog';
import { buildLikeCdk } from '../support/bundle.ts';


/** Bytes each input contributes to an entry's bundle as the CDK app builds it (esbuild's metafile). */
async function bytesByInput(entry: string): Promise<Map<string, number>> {
  const result = await buildLikeCdk([entry]);
  const inputs = Object.values(result.metafile.outputs)[0]!.inputs;
  return new Map(Object.entries(inputs).map(([file, { bytesInOutput }]) => [file, bytesInOutput]));
}

const bytesOf = (inputs: Map<string, number>, match: RegExp) => [...inputs].filter(([file]) => match.test(file)).reduce((sum, [, bytes]) => sum + bytes, 0);

describe('what a function bundles', () => {
  it('no SES client in a function that sends no email', async () => {
    const entries = Object.entries(functions as Record<string, FunctionDef>);
    for (const [name, def] of entries.filter(([, d]) => !d.email)) {
      // Reached through a feature module the function only partly uses, a client would be built at load for nothing.
      expect(bytesOf(await bytesByInput(def.entry), /@aws-sdk\/client-ses\//), `${name}: SES client`).toBe(0);
    }
  }, 300_000);

  it("a decision email's function keeps the role management link's words, not the management page's texts", async () => {
    const inputs = await bytesByInput(functions.notifyCoordinator.entry);
    // The link's label and note in five languages are about 2 KB; the page's texts were 37 KB.
    expect(bytesOf(inputs, /shared\/roles\/manage-texts\.ts$/)).toBeLessThan(4_096);
    // Nor the emails of the other decisions, which only other consumers send.
    expect(bytesOf(inputs, /shared\/decisions\/emails\.ts$/)).toBeLessThan(20_000);
  }, 60_000);
});
