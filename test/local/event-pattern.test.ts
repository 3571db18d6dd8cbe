import { describe, it, expect } from 'vitest';
import { assertValidPattern, matchesPattern, type EventPattern } from '#local/event-pattern';
import { outboxStreamFilter } from '#shared/platform/table';

/**
 * Conformance cases for the local EventBridge / Lambda-filter matcher. Each row is one documented
 * example (EventBridge "Event patterns", "Content filtering in event patterns", "Matching null
 * values and empty strings", "Arrays in event patterns", Lambda "event filtering") or the
 * documented behaviour of the engine behind them (aws/event-ruler README).
 */
interface Case {
  name: string;
  pattern: EventPattern;
  event: unknown;
  expected: boolean;
  /** Set where EventBridge would reject the pattern at rule creation (matching still answers). */
  invalid?: true;
}

const ec2 = {
  version: '0',
  id: '6a7e8feb-b491-4cf7-a9f1-bf3703467718',
  'detail-type': 'EC2 Instance State-change Notification',
  source: 'aws.ec2',
  account: '111122223333',
  time: '2017-10-02T18:43:48Z',
  region: 'us-west-1',
  resources: ['arn:aws:ec2:us-west-1:123456789012:instance/i-1234567890abcdef0'],
  detail: {
    'instance-id': 'i-1234567890abcdef0',
    state: 'running',
    'c-count': 5,
    'd-count': 3,
    'x-limit': 301.8,
    'source-ip': '10.0.0.33',
  },
};

const employees = {
  employees: [
    { firstName: 'John', lastName: 'Doe' },
    { firstName: 'Anna', lastName: 'Smith' },
    { firstName: 'Peter', lastName: 'Jones' },
  ],
};

const cases: Case[] = [
  // --- exact values, AND / OR, nesting ---
  { name: 'exact string', pattern: { source: ['aws.ec2'] }, event: ec2, expected: true },
  { name: 'exact string mismatch', pattern: { source: ['aws.s3'] }, event: ec2, expected: false },
  { name: 'exact match is case-sensitive', pattern: { source: ['AWS.EC2'] }, event: ec2, expected: false },
  { name: 'values in one field are ORed', pattern: { source: ['aws.ec2', 'aws.fargate'] }, event: { source: 'aws.fargate' }, expected: true },
  {
    name: 'fields are ANDed: one failing field fails the pattern',
    pattern: { source: ['aws.ec2'], 'detail-type': ['EC2 Spot Instance Interruption Warning'] },
    event: ec2,
    expected: false,
  },
  {
    name: 'nested field (documented termination example)',
    pattern: { source: ['aws.ec2'], 'detail-type': ['EC2 Instance State-change Notification'], detail: { state: ['running'] } },
    event: ec2,
    expected: true,
  },
  { name: 'nested field mismatch', pattern: { detail: { state: ['terminated'] } }, event: ec2, expected: false },
  { name: 'field missing from the event', pattern: { detail: { reason: ['x'] } }, event: ec2, expected: false },
  { name: 'parent object missing from the event', pattern: { detail: { state: ['running'] } }, event: { source: 'aws.ec2' }, expected: false },
  { name: 'other event fields are ignored', pattern: { region: ['us-west-1'] }, event: ec2, expected: true },
  { name: 'numbers compare by value: 300 matches 3.0e2', pattern: { detail: { n: [300] } }, event: { detail: { n: 3.0e2 } }, expected: true },
  { name: 'number pattern does not match the string "300"', pattern: { detail: { n: [300] } }, event: { detail: { n: '300' } }, expected: false },
  { name: 'string pattern does not match the number 300', pattern: { detail: { n: ['300'] } }, event: { detail: { n: 300 } }, expected: false },
  { name: 'boolean true', pattern: { detail: { on: [true] } }, event: { detail: { on: true } }, expected: true },
  { name: 'boolean does not match the string "true"', pattern: { detail: { on: [true] } }, event: { detail: { on: 'true' } }, expected: false },
  { name: 'null matches null', pattern: { detail: { responseElements: [null] } }, event: { detail: { responseElements: null } }, expected: true },
  { name: 'null does not match a missing field', pattern: { detail: { responseElements: [null] } }, event: { detail: {} }, expected: false },
  { name: 'empty string matches empty string', pattern: { detail: { eventVersion: [''] } }, event: { detail: { eventVersion: '' } }, expected: true },
  { name: 'empty string does not match null', pattern: { detail: { eventVersion: [''] } }, event: { detail: { eventVersion: null } }, expected: false },
  { name: 'null does not match empty string', pattern: { detail: { eventVersion: [null] } }, event: { detail: { eventVersion: '' } }, expected: false },
  { name: 'empty array leaf never matches', pattern: { source: [] }, event: ec2, expected: false, invalid: true },

  // --- arrays in events ---
  {
    name: 'event array matches when it intersects the pattern values',
    pattern: {
      resources: [
        'arn:aws:ec2:us-east-1:123456789012:instance/i-b188560f',
        'arn:aws:ec2:us-east-1:111122223333:instance/i-b188560f',
      ],
    },
    event: { resources: ['arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup', 'arn:aws:ec2:us-east-1:123456789012:instance/i-b188560f'] },
    expected: true,
  },
  { name: 'event array without intersection', pattern: { resources: ['a', 'b'] }, event: { resources: ['c', 'd'] }, expected: false },
  { name: 'array of objects: any element', pattern: { employees: { firstName: ['Anna'] } }, event: employees, expected: true },
  { name: 'array of objects: fields from the same element', pattern: { employees: { firstName: ['Anna'], lastName: ['Smith'] } }, event: employees, expected: true },
  { name: 'array of objects: fields from different elements do not combine', pattern: { employees: { firstName: ['Anna'], lastName: ['Jones'] } }, event: employees, expected: false },
  {
    name: 'nested arrays are flattened',
    pattern: { employees: { firstName: ['Peter'] } },
    event: { employees: [[{ firstName: 'John' }, { firstName: 'Anna' }], [{ firstName: 'Peter' }]] },
    expected: true,
  },

  // --- prefix / suffix / equals-ignore-case ---
  { name: 'prefix', pattern: { time: [{ prefix: '2017-10-02' }] }, event: ec2, expected: true },
  { name: 'prefix mismatch', pattern: { time: [{ prefix: '2018' }] }, event: ec2, expected: false },
  { name: 'prefix only applies to strings', pattern: { detail: { 'c-count': [{ prefix: '5' }] } }, event: ec2, expected: false },
  { name: 'prefix is case-sensitive', pattern: { detail: { service: [{ prefix: 'EventB' }] } }, event: { detail: { service: 'eventbridge' } }, expected: false },
  { name: 'prefix with equals-ignore-case', pattern: { detail: { service: [{ prefix: { 'equals-ignore-case': 'EventB' } }] } }, event: { detail: { service: 'EVENTBRIDGE' } }, expected: true },
  { name: 'suffix', pattern: { FileName: [{ suffix: '.png' }] }, event: { FileName: 'image.png' }, expected: true },
  { name: 'suffix is case-sensitive', pattern: { FileName: [{ suffix: '.png' }] }, event: { FileName: 'image.PNG' }, expected: false },
  { name: 'suffix with equals-ignore-case', pattern: { detail: { FileName: [{ suffix: { 'equals-ignore-case': '.png' } }] } }, event: { detail: { FileName: 'image.PNG' } }, expected: true },
  { name: 'equals-ignore-case', pattern: { Name: [{ 'equals-ignore-case': 'alice' }] }, event: { Name: 'ALICE' }, expected: true },
  { name: 'equals-ignore-case is still whole-value', pattern: { Name: [{ 'equals-ignore-case': 'alice' }] }, event: { Name: 'Alicia' }, expected: false },

  // --- anything-but ---
  { name: 'anything-but string', pattern: { detail: { state: [{ 'anything-but': 'initializing' }] } }, event: ec2, expected: true },
  { name: 'anything-but string excluded', pattern: { detail: { state: [{ 'anything-but': 'running' }] } }, event: ec2, expected: false },
  { name: 'anything-but number excluded (numeric equality)', pattern: { detail: { 'x-limit': [{ 'anything-but': 301.8 }] } }, event: ec2, expected: false },
  { name: 'anything-but number', pattern: { detail: { 'x-limit': [{ 'anything-but': 123 }] } }, event: ec2, expected: true },
  { name: 'anything-but string list excluded', pattern: { detail: { state: [{ 'anything-but': ['stopped', 'overloaded'] }] } }, event: { detail: { state: 'stopped' } }, expected: false },
  { name: 'anything-but string list', pattern: { detail: { state: [{ 'anything-but': ['stopped', 'overloaded'] }] } }, event: ec2, expected: true },
  { name: 'anything-but number list excluded', pattern: { detail: { 'x-limit': [{ 'anything-but': [100, 200, 300] }] } }, event: { detail: { 'x-limit': 300.0 } }, expected: false },
  { name: 'anything-but does not match a missing field', pattern: { detail: { reason: [{ 'anything-but': 'x' }] } }, event: ec2, expected: false },
  { name: 'anything-but on an event array: one other value suffices', pattern: { price: [{ 'anything-but': [100, 500] }] }, event: { price: [100, 50] }, expected: true },
  { name: 'anything-but on an event array of only excluded values', pattern: { price: [{ 'anything-but': [100, 500] }] }, event: { price: [100, 500] }, expected: false },
  { name: 'anything-but prefix excluded', pattern: { Region: [{ 'anything-but': { prefix: 'us-' } }] }, event: { Region: 'us-east-1' }, expected: false },
  { name: 'anything-but prefix', pattern: { Region: [{ 'anything-but': { prefix: 'us-' } }] }, event: { Region: 'eu-north-1' }, expected: true },
  { name: 'anything-but suffix excluded', pattern: { FileName: [{ 'anything-but': { suffix: '.png' } }] }, event: { FileName: 'a.png' }, expected: false },
  { name: 'anything-but suffix', pattern: { FileName: [{ 'anything-but': { suffix: '.png' } }] }, event: { FileName: 'a.jpg' }, expected: true },
  { name: 'anything-but equals-ignore-case excluded', pattern: { state: [{ 'anything-but': { 'equals-ignore-case': 'initializing' } }] }, event: { state: 'INITIALIZING' }, expected: false },
  { name: 'anything-but equals-ignore-case list', pattern: { state: [{ 'anything-but': { 'equals-ignore-case': ['Stopped', 'Overloaded'] } }] }, event: { state: 'running' }, expected: true },
  { name: 'anything-but wildcard excluded', pattern: { FilePath: [{ 'anything-but': { wildcard: '*/lib/*' } }] }, event: { FilePath: '/usr/lib/libc.so' }, expected: false },
  { name: 'anything-but wildcard', pattern: { FilePath: [{ 'anything-but': { wildcard: '*/lib/*' } }] }, event: { FilePath: '/usr/bin/sh' }, expected: true },

  // --- numeric ---
  { name: 'numeric range (> 0, <= 5) at the upper bound', pattern: { detail: { 'c-count': [{ numeric: ['>', 0, '<=', 5] }] } }, event: ec2, expected: true },
  { name: 'numeric range excludes the open lower bound', pattern: { detail: { 'c-count': [{ numeric: ['>', 0, '<=', 5] }] } }, event: { detail: { 'c-count': 0 } }, expected: false },
  { name: 'numeric range above the upper bound', pattern: { detail: { 'c-count': [{ numeric: ['>', 0, '<=', 5] }] } }, event: { detail: { 'c-count': 6 } }, expected: false },
  { name: 'numeric less-than', pattern: { detail: { 'd-count': [{ numeric: ['<', 10] }] } }, event: ec2, expected: true },
  { name: 'numeric >= at the bound', pattern: { detail: { 'c-count': [{ numeric: ['>=', 5] }] } }, event: ec2, expected: true },
  { name: 'numeric equals with exponent notation', pattern: { detail: { 'x-limit': [{ numeric: ['=', 3.018e2] }] } }, event: ec2, expected: true },
  { name: 'numeric does not match a numeric-looking string', pattern: { detail: { 'c-count': [{ numeric: ['>', 0] }] } }, event: { detail: { 'c-count': '5' } }, expected: false },
  { name: 'numeric on an event array: any element in range', pattern: { scores: [{ numeric: ['>', 90] }] }, event: { scores: [10, 95] }, expected: true },

  // --- exists ---
  { name: 'exists true on a present leaf', pattern: { detail: { state: [{ exists: true }] } }, event: ec2, expected: true },
  { name: 'exists true on a missing field', pattern: { detail: { reason: [{ exists: true }] } }, event: ec2, expected: false },
  { name: 'exists false on a missing field', pattern: { detail: { reason: [{ exists: false }] } }, event: ec2, expected: true },
  { name: 'exists false on a present leaf', pattern: { detail: { state: [{ exists: false }] } }, event: ec2, expected: false },
  { name: 'exists false when the parent object is missing too', pattern: { detail: { state: [{ exists: false }] } }, event: { source: 'aws.ec2' }, expected: true },
  { name: 'exists true does not see an object (only leaves exist)', pattern: { detail: { 'c-count': [{ exists: true }] } }, event: { detail: { 'c-count': { c1: 100 } } }, expected: false },
  { name: 'exists false matches an object (not a leaf)', pattern: { detail: { 'c-count': [{ exists: false }] } }, event: { detail: { 'c-count': { c1: 100 } } }, expected: true },
  { name: 'exists true on a null value (null is a value)', pattern: { detail: { responseElements: [{ exists: true }] } }, event: { detail: { responseElements: null } }, expected: true },
  { name: 'exists true on an empty array (no values)', pattern: { resources: [{ exists: true }] }, event: { resources: [] }, expected: false },
  { name: 'exists false on an empty array', pattern: { resources: [{ exists: false }] }, event: { resources: [] }, expected: true },
  { name: 'exists true on an array of values', pattern: { resources: [{ exists: true }] }, event: ec2, expected: true },
  { name: 'missing or a given value (exists false ORed with a value)', pattern: { detail: { mode: [{ exists: false }, 'strict'] } }, event: { detail: { mode: 'strict' } }, expected: true },

  // --- cidr ---
  { name: 'cidr IPv4 inside', pattern: { detail: { 'source-ip': [{ cidr: '10.0.0.0/24' }] } }, event: ec2, expected: true },
  { name: 'cidr IPv4 last address of the block', pattern: { ip: [{ cidr: '10.0.0.0/24' }] }, event: { ip: '10.0.0.255' }, expected: true },
  { name: 'cidr IPv4 outside', pattern: { ip: [{ cidr: '10.0.0.0/24' }] }, event: { ip: '10.0.1.0' }, expected: false },
  { name: 'cidr against a non-address string', pattern: { ip: [{ cidr: '10.0.0.0/8' }] }, event: { ip: 'localhost' }, expected: false },
  { name: 'cidr IPv6 inside', pattern: { ip: [{ cidr: '2001:db8::/32' }] }, event: { ip: '2001:db8:1::1' }, expected: true },
  { name: 'cidr IPv6 outside', pattern: { ip: [{ cidr: '2001:db8::/32' }] }, event: { ip: '2001:db9::1' }, expected: false },

  // --- wildcard ---
  { name: 'wildcard in the middle', pattern: { source: [{ wildcard: 'Simple*Service' }] }, event: { source: 'SimpleQueueService' }, expected: true },
  { name: 'wildcard spans path separators', pattern: { EventBusArn: [{ wildcard: 'arn:aws:events:us-east-1:*:event-bus/*' }] }, event: { EventBusArn: 'arn:aws:events:us-east-1:123456789012:event-bus/liike' }, expected: true },
  { name: 'wildcard mismatch', pattern: { FileName: [{ wildcard: 'dir/*.png' }] }, event: { FileName: 'dir/photo.jpg' }, expected: false },
  { name: 'wildcard * matches the empty string', pattern: { FileName: [{ wildcard: '*' }] }, event: { FileName: '' }, expected: true },
  { name: 'escaped wildcard is a literal star', pattern: { v: [{ wildcard: 'a\\*b' }] }, event: { v: 'a*b' }, expected: true },
  { name: 'escaped wildcard does not match other characters', pattern: { v: [{ wildcard: 'a\\*b' }] }, event: { v: 'axb' }, expected: false },
  { name: 'wildcard only applies to strings', pattern: { v: [{ wildcard: '*' }] }, event: { v: 5 }, expected: false },

  // --- $or ---
  {
    name: '$or: one branch matches',
    pattern: { source: ['aws.cloudwatch'], $or: [{ metricName: ['CPUUtilization', 'ReadLatency'] }, { namespace: ['AWS/EC2', 'AWS/ES'] }] },
    event: { source: 'aws.cloudwatch', metricName: 'WriteLatency', namespace: 'AWS/EC2' },
    expected: true,
  },
  {
    name: '$or: no branch matches',
    pattern: { source: ['aws.cloudwatch'], $or: [{ metricName: ['CPUUtilization'] }, { namespace: ['AWS/EC2'] }] },
    event: { source: 'aws.cloudwatch', metricName: 'WriteLatency', namespace: 'AWS/RDS' },
    expected: false,
  },
  {
    name: '$or does not bypass the ANDed fields beside it',
    pattern: { source: ['aws.cloudwatch'], $or: [{ metricName: ['CPUUtilization'] }, { namespace: ['AWS/EC2'] }] },
    event: { source: 'aws.ec2', metricName: 'CPUUtilization' },
    expected: false,
  },
  {
    name: '$or branch with several fields ANDed',
    pattern: { $or: [{ metricName: ['CPUUtilization'] }, { metricType: ['MetricType'], namespace: ['AWS/EC2'] }] },
    event: { metricType: 'MetricType', namespace: 'AWS/EC2' },
    expected: true,
  },
  {
    name: 'nested $or: missing or a given value',
    pattern: { detail: { $or: [{ state: ['stopped'] }, { state: [{ exists: false }] }] } },
    event: { detail: { other: 1 } },
    expected: true,
  },
  {
    name: 'nested $or inside a branch',
    pattern: { $or: [{ a: ['x'] }, { b: ['y'], $or: [{ c: [1] }, { d: [2] }] }] },
    event: { b: 'y', d: 2 },
    expected: true,
  },

  // --- the two shapes this repository uses ---
  {
    name: 'repo: EventBridge rule on source and detail-type',
    pattern: { source: ['liike'], 'detail-type': ['application.submitted'] },
    event: { version: '0', id: 'e1', source: 'liike', 'detail-type': 'application.submitted', time: '2025-01-01T00:00:00Z', detail: { data: { applicationId: 'a1' } } },
    expected: true,
  },
  {
    name: 'repo: EventBridge rule ignores another detail-type',
    pattern: { source: ['liike'], 'detail-type': ['application.submitted'] },
    event: { version: '0', id: 'e2', source: 'liike', 'detail-type': 'application.withdrawn', time: '2025-01-01T00:00:00Z', detail: {} },
    expected: false,
  },
  {
    name: 'repo: EventBridge rule ignores another source',
    pattern: { source: ['liike'], 'detail-type': ['application.submitted'] },
    event: { source: 'other', 'detail-type': 'application.submitted', detail: {} },
    expected: false,
  },
  {
    name: 'repo: one consumer of two event types ($or of two contract patterns)',
    pattern: { $or: [{ source: ['liike'], 'detail-type': ['match.approved'] }, { source: ['liike'], 'detail-type': ['match.declined'] }] },
    event: { source: 'liike', 'detail-type': 'match.declined', detail: {} },
    expected: true,
  },
];

describe('matchesPattern conformance', () => {
  it.each(cases)('$name', ({ pattern, event, expected }) => {
    expect(matchesPattern(pattern, event)).toBe(expected);
  });

  it('every pattern in the table that EventBridge accepts also passes validation', () => {
    for (const { name, pattern, invalid } of cases) {
      if (invalid) expect(() => assertValidPattern(pattern), name).toThrow();
      else expect(() => assertValidPattern(pattern), name).not.toThrow();
    }
  });

  it('has a conformance table of at least 50 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(50);
  });
});

describe('outbox stream filter (shared/platform/table.ts) on DynamoDB stream records', () => {
  const record = (eventName: string, image: Record<string, unknown> | undefined) => ({
    eventID: '1',
    eventName,
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: 'eu-north-1',
    dynamodb: {
      ApproximateCreationDateTime: 1735689600,
      Keys: { pk: { S: 'OUTBOX#1' }, sk: { S: 'OUTBOX#1' } },
      ...(image ? { NewImage: image } : {}),
      SequenceNumber: '111',
      SizeBytes: 26,
      StreamViewType: 'NEW_IMAGE',
    },
    eventSourceARN: 'arn:aws:dynamodb:eu-north-1:000000000000:table/domain/stream/2025-01-01T00:00:00.000',
  });
  const outboxImage = { pk: { S: 'OUTBOX#1' }, type: { S: 'OUTBOX' }, detailType: { S: 'application.submitted' } };

  it('is a valid filter pattern', () => {
    expect(() => assertValidPattern(outboxStreamFilter)).not.toThrow();
  });

  it('matches the minimal inserted outbox record', () => {
    expect(matchesPattern(outboxStreamFilter, { eventName: 'INSERT', dynamodb: { NewImage: { type: { S: 'OUTBOX' } } } })).toBe(true);
  });

  it('matches a full inserted outbox record', () => {
    expect(matchesPattern(outboxStreamFilter, record('INSERT', outboxImage))).toBe(true);
  });

  it('ignores a MODIFY of an outbox item', () => {
    expect(matchesPattern(outboxStreamFilter, record('MODIFY', outboxImage))).toBe(false);
  });

  it('ignores a REMOVE (TTL expiry) of an outbox item', () => {
    expect(matchesPattern(outboxStreamFilter, record('REMOVE', undefined))).toBe(false);
  });

  it('ignores an inserted item that is not an outbox item', () => {
    expect(matchesPattern(outboxStreamFilter, record('INSERT', { pk: { S: 'APPLICATION#1' }, type: { S: 'APPLICATION' } }))).toBe(false);
  });

  it('ignores an inserted item without a type attribute', () => {
    expect(matchesPattern(outboxStreamFilter, record('INSERT', { pk: { S: 'SCHOOL#1' } }))).toBe(false);
  });
});

describe('assertValidPattern rejects what EventBridge rejects at rule creation', () => {
  const invalid: { name: string; pattern: EventPattern; message: RegExp }[] = [
    { name: 'a leaf that is a bare string', pattern: { source: 'aws.ec2' }, message: /"source".*array of values/ },
    { name: 'a leaf that is a bare number', pattern: { detail: { count: 5 } }, message: /"detail\.count"/ },
    { name: 'a leaf that is null', pattern: { detail: { count: null } }, message: /array of values or to a nested object/ },
    { name: 'an empty pattern', pattern: {}, message: /empty objects/ },
    { name: 'an empty nested object', pattern: { detail: {} }, message: /"detail".*empty objects/ },
    { name: 'an empty array', pattern: { source: [] }, message: /empty arrays/ },
    { name: 'an array inside a leaf', pattern: { source: [['aws.ec2']] }, message: /match values must be/ },
    { name: 'an unknown operator', pattern: { type: [{ contains: 'Normal' }] }, message: /unknown operator "contains"/ },
    { name: 'an operator object with two keys', pattern: { v: [{ prefix: 'a', suffix: 'b' }] }, message: /exactly one key/ },
    { name: 'an empty operator object', pattern: { v: [{}] }, message: /exactly one key/ },
    { name: 'a non-string prefix', pattern: { v: [{ prefix: 5 }] }, message: /"prefix" takes a string/ },
    { name: 'prefix with an unknown modifier', pattern: { v: [{ prefix: { 'ignore-case': 'a' } }] }, message: /"prefix" takes a string/ },
    { name: 'a non-string equals-ignore-case', pattern: { v: [{ 'equals-ignore-case': ['a'] }] }, message: /"equals-ignore-case" takes a string/ },
    { name: 'numeric that is not an array', pattern: { v: [{ numeric: '>5' }] }, message: /"numeric" takes an array/ },
    { name: 'numeric with an unknown operator', pattern: { v: [{ numeric: ['!=', 5] }] }, message: /unknown numeric operator "!="/ },
    { name: 'numeric with a string operand', pattern: { v: [{ numeric: ['>', '5'] }] }, message: /needs a number/ },
    { name: 'numeric without an operand', pattern: { v: [{ numeric: ['>'] }] }, message: /needs a number/ },
    { name: 'numeric "=" with a second comparison', pattern: { v: [{ numeric: ['=', 5, '<', 6] }] }, message: /must be the only comparison/ },
    { name: 'numeric upper bound first', pattern: { v: [{ numeric: ['<', 10, '>', 0] }] }, message: /must be the only comparison/ },
    { name: 'numeric two lower bounds', pattern: { v: [{ numeric: ['>', 0, '>=', 5] }] }, message: /can only be followed by "<" or "<="/ },
    { name: 'numeric with too many terms', pattern: { v: [{ numeric: ['>', 0, '<', 5, '<', 6] }] }, message: /too many elements/ },
    { name: 'numeric with crossed bounds', pattern: { v: [{ numeric: ['>', 10, '<', 5] }] }, message: /must be below the upper bound/ },
    { name: 'exists that is not a boolean', pattern: { v: [{ exists: 'yes' }] }, message: /"exists" must be true or false/ },
    { name: 'cidr without a prefix length', pattern: { ip: [{ cidr: '10.0.0.0' }] }, message: /"cidr"/ },
    { name: 'cidr with a bad address', pattern: { ip: [{ cidr: '10.0.0.256/24' }] }, message: /"cidr"/ },
    { name: 'cidr with too long a prefix', pattern: { ip: [{ cidr: '10.0.0.0/33' }] }, message: /"cidr"/ },
    { name: 'anything-but null', pattern: { v: [{ 'anything-but': null }] }, message: /"anything-but" takes/ },
    { name: 'anything-but boolean', pattern: { v: [{ 'anything-but': true }] }, message: /"anything-but" takes/ },
    { name: 'anything-but mixed list', pattern: { v: [{ 'anything-but': ['a', 1] }] }, message: /only strings or only numbers/ },
    { name: 'anything-but empty list', pattern: { v: [{ 'anything-but': [] }] }, message: /non-empty/ },
    { name: 'anything-but empty prefix', pattern: { v: [{ 'anything-but': { prefix: '' } }] }, message: /non-empty string/ },
    { name: 'anything-but numeric', pattern: { v: [{ 'anything-but': { numeric: ['>', 1] } }] }, message: /not "numeric"/ },
    { name: 'wildcard with consecutive stars', pattern: { v: [{ wildcard: 'a**b' }] }, message: /consecutive wildcard/ },
    { name: 'wildcard with a bad escape', pattern: { v: [{ wildcard: 'a\\b' }] }, message: /backslash/ },
    { name: '$or that is not an array', pattern: { $or: { a: ['x'] } }, message: /\$or must be an array/ },
    { name: '$or with a single branch', pattern: { $or: [{ a: ['x'] }] }, message: /at least two/ },
    { name: '$or with a non-object branch', pattern: { $or: [{ a: ['x'] }, ['b']] }, message: /each \$or entry must be an object/ },
    { name: 'an operator name as a field inside $or', pattern: { $or: [{ prefix: ['a'] }, { b: ['c'] }] }, message: /operator and cannot be used as a field name/ },
    { name: 'a malformed leaf deep inside $or', pattern: { detail: { $or: [{ a: ['x'] }, { b: 'y' }] } }, message: /"detail\.\$or\[1\]\.b"/ },
  ];

  it.each(invalid)('rejects $name', ({ pattern, message }) => {
    expect(() => assertValidPattern(pattern)).toThrow(message);
  });

  const valid: { name: string; pattern: EventPattern }[] = [
    { name: 'the repo rule shape', pattern: { source: ['liike'], 'detail-type': ['application.submitted'] } },
    { name: 'a rule narrowed on detail.data', pattern: { source: ['liike'], 'detail-type': ['role.opened'], detail: { data: { country: ['FI', 'EE'] } } } },
    { name: 'numeric equals', pattern: { v: [{ numeric: ['=', 5] }] } },
    { name: 'numeric single upper bound', pattern: { v: [{ numeric: ['<=', 5] }] } },
    { name: 'cidr IPv6', pattern: { ip: [{ cidr: '2001:db8::/32' }] } },
    { name: 'anything-but wildcard list', pattern: { v: [{ 'anything-but': { wildcard: ['*/lib/*', '*/bin/*'] } }] } },
    { name: 'wildcard escapes', pattern: { v: [{ wildcard: 'a\\*\\\\*' }] } },
    { name: 'mixed literal and operator alternatives', pattern: { v: ['a', 1, true, null, { prefix: 'b' }, { exists: false }] } },
  ];

  it.each(valid)('accepts $name', ({ pattern }) => {
    expect(() => assertValidPattern(pattern)).not.toThrow();
  });

  it('names the offending path in the message', () => {
    expect(() => assertValidPattern({ detail: { data: { state: 'open' } } })).toThrow(/^Invalid event pattern at "detail\.data\.state": /);
  });
});
