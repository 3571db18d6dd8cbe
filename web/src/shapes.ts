import type { BodyShape } from './body.ts';

/** Which fields of the two bodies are numbers, booleans, lists and optional (see body.ts). */
export const APPLICATION_SHAPE: BodyShape = {
  numbers: ['minWeeks'],
  booleans: ['consent.dataProcessing'],
  lists: ['sectors', 'destinations', 'rolePreferences'],
  rows: ['languages'],
  optional: ['rolePreferences', 'motivation'],
};

export const ROLE_SHAPE: BodyShape = {
  numbers: ['places', 'minWeeks'],
  lists: ['fieldsOfStudy', 'applicantTypes'],
  rows: ['languages'],
  optional: ['description'],
};
