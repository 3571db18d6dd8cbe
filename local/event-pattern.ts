/**
 * EventBridge event-pattern matching for the local stack.
 *
 * The local bus routes events with the rule patterns the CDK app deploys, and the local stream
 * poller applies the Lambda event-source filter (same syntax), so this must agree with AWS's
 * content filtering, or local runs would deliver events that production drops, and the other way
 * round. The semantics follow the EventBridge "Event patterns" / "Content filtering" docs and the
 * behaviour of the engine behind them (aws/event-ruler), which sees an event as its flattened leaf
 * values:
 *
 * - Fields in a pattern are ANDed; the values listed for one field are ORed.
 * - Only leaves have values. A field holding an object or an empty array has no value, so
 *   `exists: true` does not match it and `exists: false` does ("exists only works on leaf nodes").
 * - An array in the event matches if any of its elements does. Nested arrays are flattened.
 * - Fields matched inside an array of objects must come from the same element.
 * - Types are strict: "5" is not 5, and "" is not null. Numbers compare by value (300 = 3.0e2).
 */

export type EventPattern = Record<string, unknown>;

type JsonObject = Record<string, unknown>;

const OPERATORS = ['prefix', 'suffix', 'equals-ignore-case', 'wildcard', 'anything-but', 'numeric', 'exists', 'cidr'];

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Own fields only, so an event cannot "have" `constructor` or `__proto__`. */
const field = (obj: JsonObject, key: string): unknown => (Object.hasOwn(obj, key) ? obj[key] : undefined);

/** Case-insensitive operators compare lower-cased strings. */
const fold = (text: string): string => text.toLowerCase();

// ---------------------------------------------------------------------------------------------
// Matching. Never throws: a malformed pattern just does not match. Rules are meant to be
// checked once with assertValidPattern when they are created, as EventBridge's PutRule does.
// ---------------------------------------------------------------------------------------------

export function matchesPattern(pattern: EventPattern, event: unknown): boolean {
  return matchesNested(pattern, event);
}

/**
 * An object pattern applies to the object(s) at this place in the event. In an array of objects,
 * one element has to satisfy all of the pattern's fields (EventBridge's array-consistent
 * matching). Where there is no object at all, every field below is absent, so only `exists: false`
 * leaves can still match.
 */
function matchesNested(pattern: JsonObject, value: unknown): boolean {
  const objects = objectsIn(value);
  if (objects.length === 0) return matchesFields(pattern, {});
  return objects.some((obj) => matchesFields(pattern, obj));
}

function matchesFields(pattern: JsonObject, obj: JsonObject): boolean {
  return Object.entries(pattern).every(([key, rule]) => {
    // $or branches are alternative sets of fields at this same level of the event.
    if (key === '$or') return Array.isArray(rule) && rule.some((branch) => isObject(branch) && matchesFields(branch, obj));
    const value = field(obj, key);
    if (Array.isArray(rule)) return matchesLeaf(rule, leafValues(value));
    if (isObject(rule)) return matchesNested(rule, value);
    return false;
  });
}

/** The objects at one place in the event: the value itself, or those inside a (nested) array. */
function objectsIn(value: unknown): JsonObject[] {
  if (isObject(value)) return [value];
  if (Array.isArray(value)) return value.flatMap(objectsIn);
  return [];
}

/** The leaf values at one place in the event: none for a missing field, an object or `[]`. */
function leafValues(value: unknown): unknown[] {
  if (value === undefined || isObject(value)) return [];
  if (Array.isArray(value)) return value.flatMap(leafValues);
  return [value];
}

/** A leaf lists alternatives; an empty list therefore never matches. */
function matchesLeaf(rules: unknown[], values: unknown[]): boolean {
  return rules.some((rule) => {
    // exists tests whether the field has any leaf value, rather than testing each value.
    if (isObject(rule) && Object.hasOwn(rule, 'exists')) return rule.exists === (values.length > 0);
    return values.some((value) => matchesValue(rule, value));
  });
}

function matchesValue(rule: unknown, value: unknown): boolean {
  // Literals: strict equality keeps types apart, and JSON numbers are plain numbers here, so
  // 300 and 300.0 (or 3e2) are the same value, as EventBridge's numeric equality has it.
  if (!isObject(rule)) return rule === value;
  const [op, arg] = Object.entries(rule)[0] ?? [];
  switch (op) {
    case 'prefix':
      return typeof value === 'string' && affixMatches(arg, value, (text, affix) => text.startsWith(affix));
    case 'suffix':
      return typeof value === 'string' && affixMatches(arg, value, (text, affix) => text.endsWith(affix));
    case 'equals-ignore-case':
      return typeof value === 'string' && typeof arg === 'string' && fold(value) === fold(arg);
    case 'wildcard':
      return typeof value === 'string' && typeof arg === 'string' && wildcardRegExp(arg).test(value);
    case 'numeric':
      // Only JSON numbers take part in numeric matching; "5" is a string.
      return typeof value === 'number' && Array.isArray(arg) && numericHolds(arg, value);
    case 'cidr':
      return typeof value === 'string' && typeof arg === 'string' && inCidr(arg, value);
    case 'anything-but':
      // Any present value that is not excluded, of any type; a missing field has no value.
      return !isExcluded(arg, value);
    default:
      return false;
  }
}

/** prefix/suffix take a string, or `{ "equals-ignore-case": string }` for the case-blind form. */
function affixMatches(arg: unknown, value: string, test: (text: string, affix: string) => boolean): boolean {
  if (typeof arg === 'string') return test(value, arg);
  const ignoringCase = isObject(arg) ? field(arg, 'equals-ignore-case') : undefined;
  return typeof ignoringCase === 'string' && test(fold(value), fold(ignoringCase));
}

function isExcluded(arg: unknown, value: unknown): boolean {
  if (Array.isArray(arg)) return arg.some((excluded) => excluded === value);
  if (!isObject(arg)) return arg === value;
  const [op, operand] = Object.entries(arg)[0] ?? [];
  const list = Array.isArray(operand) ? operand : [operand];
  switch (op) {
    // These forms describe strings only, so a number, boolean or null is never excluded by them.
    case 'prefix':
      return typeof value === 'string' && typeof operand === 'string' && value.startsWith(operand);
    case 'suffix':
      return typeof value === 'string' && typeof operand === 'string' && value.endsWith(operand);
    case 'equals-ignore-case':
      return typeof value === 'string' && list.some((s) => typeof s === 'string' && fold(s) === fold(value));
    case 'wildcard':
      return typeof value === 'string' && list.some((s) => typeof s === 'string' && wildcardRegExp(s).test(value));
    default:
      return true; // malformed: exclude everything rather than match everything
  }
}

/** `*` matches any run of characters (also none); `\*` is a literal star and `\\` a backslash. */
function wildcardRegExp(wildcard: string): RegExp {
  let source = '';
  for (let i = 0; i < wildcard.length; i++) {
    const char = wildcard[i]!;
    if (char === '\\') source += escapeRegExp(wildcard[++i] ?? '');
    else source += char === '*' ? '.*' : escapeRegExp(char);
  }
  return new RegExp(`^${source}$`, 's');
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** `[op, n]` or `[op, n, op, m]`: every comparison must hold. */
function numericHolds(terms: unknown[], value: number): boolean {
  if (terms.length < 2) return false;
  for (let i = 0; i < terms.length; i += 2) {
    const bound = terms[i + 1];
    if (typeof bound !== 'number' || !compare(terms[i], value, bound)) return false;
  }
  return true;
}

function compare(op: unknown, value: number, bound: number): boolean {
  switch (op) {
    case '=':
      return value === bound;
    case '<':
      return value < bound;
    case '<=':
      return value <= bound;
    case '>':
      return value > bound;
    case '>=':
      return value >= bound;
    default:
      return false;
  }
}

// --- IP addresses (IPv4 and IPv6) as integers, for CIDR containment --------------------------

interface Ip {
  bits: bigint;
  width: 32 | 128;
}

function parseIp(text: string): Ip | undefined {
  if (text.includes(':')) {
    const bits = parseIpv6(text);
    return bits === undefined ? undefined : { bits, width: 128 };
  }
  const bits = parseIpv4(text);
  return bits === undefined ? undefined : { bits, width: 32 };
}

function parseIpv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) return undefined;
  return parts.reduce((bits, part) => (bits << 8n) | BigInt(part), 0n);
}

function parseIpv6(text: string): bigint | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  // Each half is colon-separated hex groups; the address may end in dotted IPv4 (::ffff:1.2.3.4).
  const groupsOf = (half: string, last: boolean): number[] | undefined => {
    if (half === '') return [];
    const groups: number[] = [];
    const parts = half.split(':');
    for (const [i, part] of parts.entries()) {
      if (last && i === parts.length - 1 && part.includes('.')) {
        const v4 = parseIpv4(part);
        if (v4 === undefined) return undefined;
        groups.push(Number(v4 >> 16n), Number(v4 & 0xffffn));
      } else if (/^[0-9a-f]{1,4}$/i.test(part)) {
        groups.push(parseInt(part, 16));
      } else {
        return undefined;
      }
    }
    return groups;
  };
  const head = groupsOf(halves[0]!, halves.length === 1);
  const tail = halves.length === 2 ? groupsOf(halves[1]!, true) : [];
  if (!head || !tail) return undefined;
  const zeros = 8 - head.length - tail.length;
  if (halves.length === 1 ? zeros !== 0 : zeros < 1) return undefined;
  const groups = [...head, ...new Array<number>(halves.length === 2 ? zeros : 0).fill(0), ...tail];
  return groups.reduce((bits, group) => (bits << 16n) | BigInt(group), 0n);
}

function parseCidr(text: string): { network: Ip; length: number } | undefined {
  const [address, length, ...rest] = text.split('/');
  if (rest.length > 0 || address === undefined || length === undefined || !/^\d{1,3}$/.test(length)) return undefined;
  const network = parseIp(address);
  if (!network || Number(length) > network.width) return undefined;
  return { network, length: Number(length) };
}

function inCidr(cidr: string, value: string): boolean {
  const range = parseCidr(cidr);
  const ip = parseIp(value);
  if (!range || !ip || ip.width !== range.network.width) return false;
  const hostBits = BigInt(ip.width - range.length);
  return ip.bits >> hostBits === range.network.bits >> hostBits;
}

// ---------------------------------------------------------------------------------------------
// Validation: reject what EventBridge rejects when the rule is created, so a broken pattern fails
// at local start-up instead of silently never matching.
// ---------------------------------------------------------------------------------------------

export function assertValidPattern(pattern: EventPattern): void {
  validateObject(pattern, '', false);
}

function fail(path: string, message: string): never {
  throw new Error(`Invalid event pattern${path ? ` at "${path}"` : ''}: ${message}`);
}

const describe = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : `${typeof value} ${JSON.stringify(value)}`;

function validateObject(value: unknown, path: string, insideOr: boolean): void {
  if (!isObject(value)) fail(path, `a pattern must be a JSON object, got ${describe(value)}`);
  const entries = Object.entries(value);
  if (entries.length === 0) fail(path, 'empty objects are not allowed');
  for (const [key, rule] of entries) {
    const at = path ? `${path}.${key}` : key;
    if (key === '$or') {
      validateOr(rule, at);
      continue;
    }
    // EventBridge reserves operator names as field names inside $or, where they would be ambiguous.
    if (insideOr && OPERATORS.includes(key)) fail(at, `"${key}" is an operator and cannot be used as a field name inside $or`);
    if (Array.isArray(rule)) validateLeaf(rule, at);
    else if (isObject(rule)) validateObject(rule, at, insideOr);
    else fail(at, `a field must map to an array of values or to a nested object, got ${describe(rule)}`);
  }
}

function validateOr(rule: unknown, path: string): void {
  if (!Array.isArray(rule)) fail(path, `$or must be an array of patterns, got ${describe(rule)}`);
  if (rule.length < 2) fail(path, '$or must list at least two patterns');
  rule.forEach((branch, i) => {
    if (!isObject(branch)) fail(`${path}[${i}]`, `each $or entry must be an object, got ${describe(branch)}`);
    validateObject(branch, `${path}[${i}]`, true);
  });
}

function validateLeaf(values: unknown[], path: string): void {
  if (values.length === 0) fail(path, 'empty arrays are not allowed (they could never match)');
  for (const value of values) {
    if (isObject(value)) validateOperator(value, path);
    else if (value === null || ['string', 'boolean'].includes(typeof value)) continue;
    else if (typeof value === 'number' && Number.isFinite(value)) continue;
    else fail(path, `match values must be strings, numbers, booleans, null or operator objects, got ${describe(value)}`);
  }
}

function validateOperator(rule: JsonObject, path: string): void {
  const keys = Object.keys(rule);
  if (keys.length !== 1) fail(path, `an operator object must have exactly one key, got ${JSON.stringify(keys)}`);
  const op = keys[0]!;
  const arg = rule[op];
  switch (op) {
    case 'prefix':
    case 'suffix':
      if (typeof arg === 'string') return;
      if (isObject(arg) && Object.keys(arg).length === 1 && typeof arg['equals-ignore-case'] === 'string') return;
      return fail(path, `"${op}" takes a string or { "equals-ignore-case": string }, got ${describe(arg)}`);
    case 'equals-ignore-case':
      if (typeof arg !== 'string') fail(path, `"equals-ignore-case" takes a string, got ${describe(arg)}`);
      return;
    case 'wildcard':
      return validateWildcard(arg, path);
    case 'exists':
      if (typeof arg !== 'boolean') fail(path, `"exists" must be true or false, got ${describe(arg)}`);
      return;
    case 'cidr':
      if (typeof arg !== 'string' || !parseCidr(arg)) fail(path, `"cidr" takes an address/prefix-length string such as "10.0.0.0/24", got ${describe(arg)}`);
      return;
    case 'numeric':
      return validateNumeric(arg, path);
    case 'anything-but':
      return validateAnythingBut(arg, path);
    default:
      return fail(path, `unknown operator "${op}" (supported: ${OPERATORS.join(', ')})`);
  }
}

/** EventBridge accepts `=` or one bound alone, or a lower bound (`>`/`>=`) then an upper one (`<`/`<=`). */
function validateNumeric(arg: unknown, path: string): void {
  if (!Array.isArray(arg)) fail(path, `"numeric" takes an array such as [">", 0, "<=", 5], got ${describe(arg)}`);
  const [op, bound, upperOp, upper] = arg;
  if (!['=', '<', '<=', '>', '>='].includes(op as string)) fail(path, `unknown numeric operator ${JSON.stringify(op)}`);
  if (typeof bound !== 'number') fail(path, `numeric "${op}" needs a number, got ${describe(bound)}`);
  if (arg.length === 2) return;
  if (op !== '>' && op !== '>=') fail(path, `numeric "${op}" must be the only comparison`);
  if (arg.length !== 4) fail(path, 'too many elements in numeric expression');
  if (upperOp !== '<' && upperOp !== '<=') fail(path, `a lower bound can only be followed by "<" or "<=", got ${JSON.stringify(upperOp)}`);
  if (typeof upper !== 'number') fail(path, `numeric "${upperOp}" needs a number, got ${describe(upper)}`);
  if (!(bound < upper)) fail(path, `numeric lower bound ${bound} must be below the upper bound ${upper}`);
}

function validateAnythingBut(arg: unknown, path: string): void {
  if (typeof arg === 'string' || (typeof arg === 'number' && Number.isFinite(arg))) return;
  if (Array.isArray(arg)) {
    const onlyStrings = arg.every((v) => typeof v === 'string');
    const onlyNumbers = arg.every((v) => typeof v === 'number');
    if (arg.length === 0 || !(onlyStrings || onlyNumbers)) fail(path, '"anything-but" lists must be non-empty and hold only strings or only numbers');
    return;
  }
  if (!isObject(arg)) fail(path, `"anything-but" takes a string, a number, a list, or an operator object, got ${describe(arg)}`);
  const keys = Object.keys(arg);
  if (keys.length !== 1) fail(path, `"anything-but" operator object must have exactly one key, got ${JSON.stringify(keys)}`);
  const op = keys[0]!;
  const operand = arg[op];
  switch (op) {
    case 'prefix':
    case 'suffix':
      if (typeof operand !== 'string' || operand === '') fail(path, `"anything-but" ${op} takes a non-empty string, got ${describe(operand)}`);
      return;
    case 'equals-ignore-case':
    case 'wildcard': {
      const list = Array.isArray(operand) ? operand : [operand];
      if (list.length === 0 || !list.every((s) => typeof s === 'string')) fail(path, `"anything-but" ${op} takes a string or a non-empty list of strings`);
      if (op === 'wildcard') list.forEach((s) => validateWildcard(s, path));
      return;
    }
    default:
      return fail(path, `"anything-but" supports prefix, suffix, equals-ignore-case and wildcard, not "${op}"`);
  }
}

function validateWildcard(arg: unknown, path: string): void {
  if (typeof arg !== 'string') return fail(path, `"wildcard" takes a string, got ${describe(arg)}`);
  for (let i = 0; i < arg.length; i++) {
    if (arg[i] === '\\') {
      if (arg[i + 1] !== '*' && arg[i + 1] !== '\\') fail(path, `wildcard "${arg}": a backslash may only escape "*" or "\\"`);
      i++;
    } else if (arg[i] === '*' && arg[i + 1] === '*') {
      fail(path, `wildcard "${arg}": consecutive wildcard characters are not allowed`);
    }
  }
}
