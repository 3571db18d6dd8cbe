import type { EventPattern as CdkEventPattern } from 'aws-cdk-lib/aws-events';
import type { EventPattern } from '#events/define-event';

/** The CDK spells `detail-type` as `detailType`; every other top-level field keeps its name. */
export function toCdkPattern(pattern: EventPattern): CdkEventPattern {
  const { 'detail-type': detailType, ...rest } = pattern;
  return { ...rest, ...(detailType === undefined ? {} : { detailType }) } as CdkEventPattern;
}
