/**
 * Form fields → the JSON body of the API. The controls are named by the body's dotted paths
 * (`company.name`, `destinations.0`, `languages.1.level`, a checkbox group repeats `sectors`),
 * so one pure function builds any body; `BodyShape` says which paths are not plain strings.
 * Nothing is fixed up here: whatever is wrong is left for the shared schema to report.
 */
export interface BodyShape {
  /** Whole numbers typed into number inputs (or chosen in a select; a word there, like "prefer_not_to_say", stays as it is). */
  numbers?: readonly string[];
  /** Single checkboxes: `true` when ticked, `false` when not (never missing). */
  booleans?: readonly string[];
  /** Lists (repeated names or `name.0`, `name.1` …); empty entries are dropped, order kept; always a list. */
  lists?: readonly string[];
  /** Lists of objects (`languages.0.code`); a row whose fields are all empty is dropped; always a list. */
  rows?: readonly string[];
  /** Left out of the body when empty (an empty list or text). */
  optional?: readonly string[];
  /** Optional objects (`translation.title`, `translation.language`): left out when every field in them is empty, else kept whole for the schema to check. */
  objects?: readonly string[];
}

type Json = string | number | boolean | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };

const isIndex = (segment: string) => /^\d+$/.test(segment);

function setPath(target: Obj, path: string[], value: Json) {
  let node: any = target;
  path.forEach((segment, i) => {
    const last = i === path.length - 1;
    const key = isIndex(segment) ? Number(segment) : segment;
    if (last) {
      // A repeated name (a checkbox group) collects its values into a list.
      if (node[key] === undefined) node[key] = value;
      else node[key] = [...(Array.isArray(node[key]) ? node[key] : [node[key]]), value];
      return;
    }
    if (node[key] === undefined) node[key] = isIndex(path[i + 1]!) ? [] : {};
    node = node[key];
  });
}

function getParent(target: Obj, path: string): [any, string] {
  const segments = path.split('.');
  let node: any = target;
  for (const segment of segments.slice(0, -1)) node = node?.[segment];
  return [node, segments.at(-1)!];
}

const isEmpty = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

export function formToBody(entries: Iterable<[string, string]>, shape: BodyShape = {}): Record<string, unknown> {
  const body: Obj = {};
  // Empty texts stay '' (the schema says "must not be empty" at that field); numbers, lists and
  // optional fields treat empty as not given.
  for (const [name, value] of entries) setPath(body, name.split('.'), value);
  for (const path of shape.numbers ?? []) {
    const [parent, key] = getParent(body, path);
    if (!parent || typeof parent[key] !== 'string') continue;
    if (parent[key].trim() === '') delete parent[key];
    else if (!/^[a-z_]+$/.test(parent[key])) parent[key] = Number(parent[key]);
  }
  for (const path of shape.booleans ?? []) {
    const [parent, key] = getParent(body, path);
    if (parent) parent[key] = parent[key] !== undefined && parent[key] !== 'false';
    else setPath(body, path.split('.'), false);
  }
  // Nothing chosen is an empty list, so the schema says "at least one" rather than "required".
  for (const path of [...(shape.lists ?? []), ...(shape.rows ?? [])]) {
    const [parent, key] = getParent(body, path);
    if (!parent) setPath(body, path.split('.'), []);
    else if (parent[key] === undefined) parent[key] = [];
    else if (!Array.isArray(parent[key])) parent[key] = [parent[key]];
  }
  for (const path of shape.lists ?? []) {
    const [parent, key] = getParent(body, path);
    parent[key] = (parent[key] as unknown[]).filter((v) => !isEmpty(v));
  }
  for (const path of shape.rows ?? []) {
    const [parent, key] = getParent(body, path);
    parent[key] = (parent[key] as unknown[]).filter(
      (row) => row && typeof row === 'object' && Object.values(row).some((v) => !isEmpty(v)),
    );
  }
  for (const path of shape.optional ?? []) {
    const [parent, key] = getParent(body, path);
    if (!parent) continue;
    const v = parent[key];
    if (isEmpty(v) || (Array.isArray(v) && v.length === 0)) delete parent[key];
  }
  for (const path of shape.objects ?? []) {
    const [parent, key] = getParent(body, path);
    const v = parent?.[key];
    if (v && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every(isEmpty)) delete parent[key];
  }
  return body;
}
