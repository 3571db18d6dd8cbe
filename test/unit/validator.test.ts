import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { functions } from '#functions/catalog';
import { buildLikeCdk } from '../support/bundle.ts';
import { applicationSchema } from '#shared/applications/schema';
import { parseJsonBody } from '#shared/platform/http/request';


describe('the validator (shared/platform/zod.ts)', () => {
  it('is zod/mini in every function: no classic zod, and the JSON Schema generator only in the OpenAPI function', async () => {
    // All functions in one build (esbuild's metafile lists each output's inputs); not minified,
    // which changes no input.
    const result = await buildLikeCdk(Object.fromEntries(Object.entries(functions).map(([name, def]) => [name, def.entry])), { minify: false, outdir: 'out' });
    const zodInputs = Object.fromEntries(
      Object.entries(result.metafile.outputs)
        .filter(([file]) => file.endsWith('.js'))
        .map(([file, { inputs }]) => [path.basename(file, '.js'), Object.keys(inputs).filter((input) => input.includes('node_modules/zod/'))]),
    );
    expect(Object.keys(zodInputs).sort()).toEqual(Object.keys(functions).sort());
    // The functions that validate anything carry it (every one that writes or reads an event does).
    expect(zodInputs.createApplication!.some((input) => input.includes('zod/v4/mini/'))).toBe(true);
    for (const [name, inputs] of Object.entries(zodInputs)) {
      // Classic zod (zod/v4/classic) is ~95 KB; mini and the core it shares ~30 KB.
      expect(inputs.filter((input) => !/zod\/v4\/(mini|core|locales\/en\.js)/.test(input)), name).toEqual([]);
      const generator = inputs.filter((input) => /json-schema/.test(input));
      if (name === 'openapi') expect(generator, name).not.toEqual([]);
      else expect(generator, name).toEqual([]);
    }
  }, 120_000);

  it("gives a 422 zod's English messages where a schema has none of its own (the forms recognise them: web/src/errors.ts)", () => {
    const body = { applicantType: 'pupil', sectors: [], minWeeks: 2.5 };
    const event = { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), isBase64Encoded: false };
    let errors: unknown;
    try {
      parseJsonBody(event as never, applicationSchema());
    } catch (problem) {
      errors = (problem as { status: number; errors: unknown }).errors;
    }
    expect(errors).toEqual(
      expect.arrayContaining([
        { path: 'applicantType', message: 'Invalid option: expected one of "student"|"staff"' },
        { path: 'sectors', message: 'Too small: expected array to have >=1 items' },
        { path: 'minWeeks', message: 'Invalid input: expected int, received number' },
        { path: 'firstName', message: 'is required' },
      ]),
    );
  });
});
