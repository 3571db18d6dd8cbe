import { useLocalStackUnlessDeployed } from '#local/env';

// Imported first by each script, before any module builds an SDK client: without TABLE_NAME
// the script works on the local stack of `npm start`.
useLocalStackUnlessDeployed();
