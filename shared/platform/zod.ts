import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

/*
 * The validator every schema is written with: `zod/mini`, the functional API of zod, so a bundle
 * carries only the checks it uses (all of classic zod was ~95 KB of every function, and built at
 * import). Import it from here, never from 'zod/mini' itself: unlike classic zod, mini loads no
 * messages, and the 4xx bodies name zod's English ones ("Invalid option: expected one of …",
 * "Too small: expected array to have >=1 items"), which the forms recognise (web/src/errors.ts).
 * This module's import sets them before any schema of the importer is built or run.
 */
config(en());

export * from 'zod/mini';
