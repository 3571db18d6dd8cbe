import { signInRequested } from '#events/contracts';
import { consumer } from '#shared/platform/consumer';
import { sendSignInLink } from '#shared/sign-in/request';

/** A sign-in link, emailed only to an address Liike knows (shared/sign-in/request.ts). */
export const handler = consumer('sendSignInLink', signInRequested, async ({ requestId }) => {
  await sendSignInLink(requestId);
});
