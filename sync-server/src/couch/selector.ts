// A Mango selector subset for `_changes?filter=_selector`: field paths with dots, implicit
// equality, $eq $ne $gt $gte $lt $lte $in $nin $exists $type $size $mod $regex $all $elemMatch,
// and $and $or $nor $not. Unknown operators are a 400 when the selector is compiled, not later.
import { badRequest } from '../errors';
import { isJsonObject } from '../storage/doc-json';

export type Matcher = (doc: unknown) => boolean;

const TYPE_RANK = (v: unknown): number =>
  v === null ? 0 : typeof v === 'boolean' ? 1 : typeof v === 'number' ? 2 : typeof v === 'string' ? 3 : Array.isArray(v) ? 4 : 5;

/** CouchDB view collation, simplified: type order first, then natural order. */
export function collate(a: unknown, b: unknown): number {
  const ra = TYPE_RANK(a);
  const rb = TYPE_RANK(b);
  if (ra !== rb) return ra - rb;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const c = collate(a[i], b[i]);
      if (c !== 0) return c;
    }
    return a.length - b.length;
  }
  return JSON.stringify(a) === JSON.stringify(b) ? 0 : 1;
}

function getPath(doc: unknown, path: string[]): { found: boolean; value: unknown } {
  let cur: unknown = doc;
  for (const key of path) {
    if (!isJsonObject(cur) || !Object.prototype.hasOwnProperty.call(cur, key)) return { found: false, value: undefined };
    cur = cur[key];
  }
  return { found: true, value: cur };
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v === 'object' ? 'object' : typeof v;
}

function compileOperator(op: string, arg: unknown): (found: boolean, value: unknown) => boolean {
  switch (op) {
    case '$eq': return (f, v) => f && collate(v, arg) === 0;
    case '$ne': return (f, v) => !f || collate(v, arg) !== 0;
    case '$gt': return (f, v) => f && TYPE_RANK(v) === TYPE_RANK(arg) && collate(v, arg) > 0;
    case '$gte': return (f, v) => f && TYPE_RANK(v) === TYPE_RANK(arg) && collate(v, arg) >= 0;
    case '$lt': return (f, v) => f && TYPE_RANK(v) === TYPE_RANK(arg) && collate(v, arg) < 0;
    case '$lte': return (f, v) => f && TYPE_RANK(v) === TYPE_RANK(arg) && collate(v, arg) <= 0;
    case '$exists':
      if (typeof arg !== 'boolean') throw badRequest('$exists takes a boolean');
      return (f) => f === arg;
    case '$type':
      if (typeof arg !== 'string') throw badRequest('$type takes a string');
      return (f, v) => f && typeName(v) === arg;
    case '$in':
    case '$nin': {
      if (!Array.isArray(arg)) throw badRequest(`${op} takes an array`);
      const isIn = (v: unknown): boolean =>
        arg.some((a) => collate(v, a) === 0 || (Array.isArray(v) && v.some((x) => collate(x, a) === 0)));
      return op === '$in' ? (f, v) => f && isIn(v) : (f, v) => !f || !isIn(v);
    }
    case '$size':
      if (typeof arg !== 'number') throw badRequest('$size takes a number');
      return (f, v) => f && Array.isArray(v) && v.length === arg;
    case '$mod': {
      if (!Array.isArray(arg) || arg.length !== 2 || !arg.every((n) => Number.isInteger(n)) || arg[0] === 0) {
        throw badRequest('$mod takes [divisor, remainder]');
      }
      const [d, r] = arg as [number, number];
      return (f, v) => f && Number.isInteger(v) && (v as number) % d === r;
    }
    case '$regex': {
      if (typeof arg !== 'string' || arg.length > 1000) throw badRequest('$regex takes a string');
      let re: RegExp;
      try {
        re = new RegExp(arg);
      } catch {
        throw badRequest('$regex is not a valid regular expression');
      }
      return (f, v) => f && typeof v === 'string' && re.test(v);
    }
    case '$all':
      if (!Array.isArray(arg)) throw badRequest('$all takes an array');
      return (f, v) => f && Array.isArray(v) && arg.every((a) => v.some((x) => collate(x, a) === 0));
    case '$elemMatch': {
      const m = compileSelector(arg);
      return (f, v) => f && Array.isArray(v) && v.some((x) => m(x));
    }
    case '$allMatch': {
      const m = compileSelector(arg);
      return (f, v) => f && Array.isArray(v) && v.length > 0 && v.every((x) => m(x));
    }
    case '$not': {
      const m = compileField(arg);
      return (f, v) => !m(f, v);
    }
    default:
      throw badRequest(`Invalid operator: ${op}`);
  }
}

function compileField(cond: unknown): (found: boolean, value: unknown) => boolean {
  if (isJsonObject(cond) && Object.keys(cond).some((k) => k.startsWith('$'))) {
    const parts = Object.entries(cond).map(([op, arg]) => compileOperator(op, arg));
    return (f, v) => parts.every((p) => p(f, v));
  }
  return compileOperator('$eq', cond);
}

export function compileSelector(selector: unknown, depth = 0): Matcher {
  if (depth > 32) throw badRequest('Selector is nested too deeply');
  if (!isJsonObject(selector)) throw badRequest('Selector must be a JSON object');
  const parts: Matcher[] = Object.entries(selector).map(([key, cond]): Matcher => {
    if (key === '$and' || key === '$or' || key === '$nor') {
      if (!Array.isArray(cond)) throw badRequest(`${key} takes an array`);
      const subs = cond.map((c) => compileSelector(c, depth + 1));
      if (key === '$and') return (d) => subs.every((m) => m(d));
      if (key === '$or') return (d) => subs.some((m) => m(d));
      return (d) => !subs.some((m) => m(d));
    }
    if (key === '$not') {
      const sub = compileSelector(cond, depth + 1);
      return (d) => !sub(d);
    }
    if (key.startsWith('$')) throw badRequest(`Invalid operator: ${key}`);
    const path = key.split('.');
    if (isJsonObject(cond) && !Object.keys(cond).some((k) => k.startsWith('$')) && Object.keys(cond).length > 0) {
      // Nested object without operators: match its fields under this path.
      const sub = compileSelector(cond, depth + 1);
      return (d) => {
        const { found, value } = getPath(d, path);
        return found && sub(value);
      };
    }
    const test = compileField(cond);
    return (d) => {
      const { found, value } = getPath(d, path);
      return test(found, value);
    };
  });
  return (doc) => parts.every((m) => m(doc));
}
