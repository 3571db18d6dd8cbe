import { SENSITIVE_ITEMS } from '#shared/applications/participant';
import type { BodyShape } from './body.ts';

/** Which fields of the two bodies are numbers, booleans, lists and optional (see body.ts). */
export const APPLICATION_SHAPE: BodyShape = {
  numbers: ['minWeeks', 'participant.birthYear'],
  booleans: ['consent.dataProcessing', 'consent.sensitiveData'],
  lists: ['sectors', 'destinations', 'rolePreferences'],
  rows: ['languages'],
  // Participant data: every item may be left unanswered.
  optional: [
    'rolePreferences',
    'motivation',
    ...['gender', 'birthYear', 'labourMarketStatus', 'education'].map((item) => `participant.${item}`),
    ...SENSITIVE_ITEMS.map((item) => `participant.sensitive.${item}`),
  ],
};

export const ROLE_SHAPE: BodyShape = {
  numbers: ['places', 'minWeeks'],
  lists: ['fieldsOfStudy', 'applicantTypes'],
  rows: ['languages'],
  optional: ['description', 'translation.description'],
  // The second language is left out when none of its fields is filled in.
  objects: ['translation'],
};
