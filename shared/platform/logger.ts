import { Logger } from '@aws-lambda-powertools/logger';

/** One logger for every function. Log ids and states only: never names, emails or free text. */
export const logger = new Logger({ serviceName: 'liike' });
