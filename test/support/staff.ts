/**
 * Programme staff of the test stack (global-setup.ts puts them in LIIKE_PROGRAMME_STAFF besides the
 * local default): an address per test file that signs in as staff, since each gets at most 5
 * sign-in links an hour; the last ones are free for tests to come.
 */
export const STAFF_INTEGRATION = 'staff-a@test.example';
export const STAFF_BROWSER_PHONE = 'staff-b@test.example';
export const STAFF_BROWSER_DESKTOP = 'staff-c@test.example';

export const STAFF_TEST_ADDRESSES = [STAFF_INTEGRATION, STAFF_BROWSER_PHONE, STAFF_BROWSER_DESKTOP, 'staff-d@test.example', 'staff-e@test.example'] as const;
