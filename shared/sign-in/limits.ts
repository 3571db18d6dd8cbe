/** A sign-in link works once, for this long: long enough to switch to the mail app and back. */
export const SIGN_IN_LINK_MINUTES = 15;
/** Links sent to one address in an hour: the form cannot be used to flood someone's inbox. */
export const SIGN_INS_PER_ADDRESS_PER_HOUR = 5;
// Sign-in requests per network address and hour: config.signInsPerClientPerHour (30 unless set).
