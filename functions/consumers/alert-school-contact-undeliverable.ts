import { schoolContactUndeliverable } from '#events/contracts';
import { alertProgrammeStaff } from '#shared/deliverability/notify';
import { consumer } from '#shared/platform/consumer';

export const handler = consumer('alertSchoolContactUndeliverable', schoolContactUndeliverable, ({ schoolId, contact }) => alertProgrammeStaff(schoolId, contact));
