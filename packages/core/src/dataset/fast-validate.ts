/**
 * A fast yes/no check that a document satisfies `datasetSchema`, written out by hand for the
 * common case of a valid file: walking a 100,000-account dataset through zod alone takes
 * seconds. `parseDataset` uses it first and falls back to zod (which names every problem's
 * path) whenever it says no, so it only has to be sound: it must never accept what the schema
 * rejects (`fast-validate.test.ts` checks that against zod on random documents). Keep it in
 * step with `schema.ts`.
 */

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};
const isStr = (v: unknown): v is string => typeof v === 'string';
const isId = (v: unknown): boolean => typeof v === 'string' && v.length > 0;
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isoPattern = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]00:?00)?)?$/;
const isIso = (v: unknown): boolean => typeof v === 'string' && (plainIso(v) || (isoPattern.test(v) && !Number.isNaN(Date.parse(v))));

/** Two ASCII digits at `i` as a number, or -1. */
function digits2(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * The common ISO shapes that are certainly valid, checked by character without a regex or
 * `Date.parse`: `YYYY-MM-DD`, optionally `THH:MM`, `:SS`, `.sss`, then `Z` (days up to 28 only;
 * anything else goes the slow way, exactly as the schema does).
 */
function plainIso(s: string): boolean {
  const n = s.length;
  if (n !== 10 && n !== 17 && n !== 20 && n !== 24) return false;
  if (digits2(s, 0) < 0 || digits2(s, 2) < 0 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  const month = digits2(s, 5);
  const day = digits2(s, 8);
  if (month < 1 || month > 12 || day < 1 || day > 28) return false;
  if (n === 10) return true;
  if (s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58 || s.charCodeAt(n - 1) !== 90) return false;
  const hour = digits2(s, 11);
  const minute = digits2(s, 14);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return false;
  if (n === 17) return true;
  const second = digits2(s, 17);
  if (s.charCodeAt(16) !== 58 || second < 0 || second > 59) return false;
  if (n === 20) return true;
  return s.charCodeAt(19) === 46 && digits2(s, 20) >= 0 && digits2(s, 21) >= 0 && s.charCodeAt(22) >= 48 && s.charCodeAt(22) <= 57;
}
const isValue = (v: unknown): boolean => v === null || typeof v === 'string' || typeof v === 'boolean' || isNum(v);
const opt = (v: unknown, test: (v: unknown) => boolean): boolean => v === undefined || test(v);

function onlyKeys(o: Obj, allowed: ReadonlySet<string>): boolean {
  for (const key in o) if (!allowed.has(key)) return false;
  return true;
}
const keys = (...names: string[]): ReadonlySet<string> => new Set(names);

function record(v: unknown, test: (value: unknown) => boolean): boolean {
  if (!isObj(v)) return false;
  for (const key in v) if (!test(v[key])) return false;
  return true;
}
function every(v: unknown, test: (item: unknown) => boolean): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (!test(v[i])) return false;
  return true;
}

const rollupFns = new Set(['sum', 'avg', 'min', 'max', 'count', 'countDistinct', 'latest']);
const attributeTypes = new Set(['number', 'currency', 'percent', 'date', 'string', 'boolean', 'enum']);
const categories = new Set(['keyInfo', 'valueMetrics', 'health', 'custom', 'system']);
const meanings = new Set(['contractValue', 'renewalDate', 'contractStatus', 'licenseUtilization', 'domain']);
const seats = new Set(['practitioner', 'contributor', 'viewer']);
const sentiments = new Set(['positive', 'neutral', 'negative']);
const metrics = new Set(['activeUsers', 'activeDays', 'events']);
const parentHealth = new Set(['own', 'childrenByCount', 'childrenByValue']);
const priorities = new Set(['low', 'normal', 'high', 'urgent']);
const ticketStatuses = new Set(['open', 'pending', 'solved']);
const assetKinds = new Set(['document', 'link']);
const inSet = (set: ReadonlySet<string>) => (v: unknown) => typeof v === 'string' && set.has(v);

const k = {
  attribute: keys('key', 'label', 'type', 'category', 'pii', 'restricted', 'rollup', 'values', 'meaning', 'editable'),
  weighted: keys('fn', 'weightKey'),
  type: keys('id', 'name', 'parentTypeId'),
  account: keys('id', 'name', 'typeId', 'parentId', 'attributes', 'lifecycle'),
  user: keys('id', 'name', 'email', 'seat', 'managerId', 'teamIds'),
  team: keys('id', 'name'),
  contact: keys('id', 'name', 'email', 'phone', 'title', 'accountIds', 'nps'),
  assignment: keys('accountId', 'userId', 'role'),
  touchpoint: keys('id', 'accountId', 'userId', 'flow', 'type', 'at', 'subject', 'sentiment'),
  task: keys('id', 'accountId', 'userId', 'flow', 'title', 'dueAt', 'completedAt'),
  usage: keys('accountId', 'date', 'activeUsers', 'events', 'modules', 'users'),
  change: keys('accountId', 'key', 'at', 'old', 'new', 'actor'),
  actor: keys('kind', 'id'),
  ticket: keys('id', 'accountId', 'subject', 'priority', 'status', 'openedAt', 'solvedAt'),
  asset: keys('id', 'accountId', 'name', 'url', 'kind', 'addedBy', 'addedAt'),
  collection: keys('id', 'accountId', 'collection', 'name', 'fields'),
  endUser: keys('id', 'accountId', 'name', 'email', 'lastSeenAt'),
  profile: keys('id', 'accountTypeId', 'dimensions', 'bands', 'parentHealth'),
  bands: keys('poor', 'good'),
  dimension: keys('key', 'label', 'weight', 'measures'),
  measure: keys('key', 'label', 'weight', 'source', 'rule'),
  attrSource: keys('type', 'key'),
  usageSource: keys('type', 'metric', 'days'),
  threshold: keys('type', 'poor', 'good'),
  range: keys('type', 'min', 'max'),
  boolean: keys('type', 'good'),
  tenant: keys('id', 'name', 'currency'),
  dataset: keys('version', 'tenant', 'accountTypes', 'attributes', 'accounts', 'users', 'teams', 'contacts', 'assignments', 'touchpoints', 'tasks', 'usage', 'healthProfiles', 'attributeHistory', 'tickets', 'assets', 'collections', 'endUsers'),
};

const rollup = (v: unknown) => (typeof v === 'string' ? rollupFns.has(v) : isObj(v) && onlyKeys(v, k.weighted) && v.fn === 'weightedAvg' && isId(v.weightKey));
const attribute = (v: unknown) =>
  isObj(v) && onlyKeys(v, k.attribute) && isId(v.key) && isStr(v.label) && inSet(attributeTypes)(v.type) && inSet(categories)(v.category) &&
  opt(v.pii, (x) => typeof x === 'boolean') && opt(v.restricted, (x) => typeof x === 'boolean') && opt(v.rollup, rollup) &&
  opt(v.values, (x) => every(x, isStr)) && opt(v.meaning, inSet(meanings)) && opt(v.editable, (x) => typeof x === 'boolean');
const accountType = (v: unknown) => isObj(v) && onlyKeys(v, k.type) && isId(v.id) && isStr(v.name) && (v.parentTypeId === null || isId(v.parentTypeId));
const account = (v: unknown) =>
  isObj(v) && onlyKeys(v, k.account) && isId(v.id) && isStr(v.name) && isId(v.typeId) && (v.parentId === null || isId(v.parentId)) &&
  record(v.attributes, isValue) && opt(v.lifecycle, (x) => record(x, isStr));
const user = (v: unknown) =>
  isObj(v) && onlyKeys(v, k.user) && isId(v.id) && isStr(v.name) && isStr(v.email) && inSet(seats)(v.seat) &&
  opt(v.managerId, (x) => x === null || isId(x)) && opt(v.teamIds, (x) => every(x, isId));
const team = (v: unknown) => isObj(v) && onlyKeys(v, k.team) && isId(v.id) && isStr(v.name);
const contact = (v: unknown) =>
  isObj(v) && onlyKeys(v, k.contact) && isId(v.id) && isStr(v.name) && opt(v.email, isStr) && opt(v.phone, isStr) && opt(v.title, isStr) &&
  every(v.accountIds, isId) && opt(v.nps, (x) => isNum(x) && x >= -100 && x <= 100);
const assignment = (v: unknown) => isObj(v) && onlyKeys(v, k.assignment) && isId(v.accountId) && isId(v.userId) && isId(v.role);
const touchpoint = (v: unknown) =>
  isObj(v) && onlyKeys(v, k.touchpoint) && isId(v.id) && isId(v.accountId) && isId(v.userId) && isId(v.flow) && isId(v.type) && isIso(v.at) &&
  opt(v.subject, isStr) && opt(v.sentiment, inSet(sentiments));
const task = (v: unknown) =>
  isObj(v) && onlyKeys(v, k.task) && isId(v.id) && isId(v.accountId) && isId(v.userId) && isId(v.flow) && opt(v.title, isStr) && isIso(v.dueAt) &&
  (v.completedAt === null || isIso(v.completedAt));
const nonNegative = (x: unknown) => isNum(x) && x >= 0;
const usage = (v: unknown) =>
  isObj(v) && onlyKeys(v, k.usage) && isId(v.accountId) && isIso(v.date) && nonNegative(v.activeUsers) && opt(v.events, nonNegative) && opt(v.modules, (x) => record(x, nonNegative)) &&
  opt(v.users, (x) => record(x, nonNegative) && !('' in (x as Obj)));
const source = (v: unknown) =>
  isObj(v) &&
  (v.type === 'attribute'
    ? onlyKeys(v, k.attrSource) && isId(v.key)
    : v.type === 'usage' && onlyKeys(v, k.usageSource) && inSet(metrics)(v.metric) && Number.isSafeInteger(v.days) && (v.days as number) >= 1 && (v.days as number) <= 365);
const rule = (v: unknown) =>
  isObj(v) &&
  (v.type === 'threshold'
    ? onlyKeys(v, k.threshold) && isNum(v.poor) && isNum(v.good)
    : v.type === 'range'
      ? onlyKeys(v, k.range) && isNum(v.min) && isNum(v.max)
      : v.type === 'boolean' && onlyKeys(v, k.boolean) && typeof v.good === 'boolean');
const positive = (x: unknown) => isNum(x) && x > 0;
const measure = (v: unknown) => isObj(v) && onlyKeys(v, k.measure) && isId(v.key) && isStr(v.label) && positive(v.weight) && source(v.source) && rule(v.rule);
const dimension = (v: unknown) =>
  isObj(v) && onlyKeys(v, k.dimension) && isId(v.key) && isStr(v.label) && positive(v.weight) && Array.isArray(v.measures) && v.measures.length > 0 && every(v.measures, measure);
const percent = (x: unknown) => isNum(x) && x >= 0 && x <= 100;
const profile = (v: unknown) =>
  isObj(v) && onlyKeys(v, k.profile) && isId(v.id) && isId(v.accountTypeId) && Array.isArray(v.dimensions) && v.dimensions.length > 0 && every(v.dimensions, dimension) &&
  isObj(v.bands) && onlyKeys(v.bands, k.bands) && percent(v.bands.poor) && percent(v.bands.good) && opt(v.parentHealth, inSet(parentHealth));
const actor = (v: unknown) => isObj(v) && onlyKeys(v, k.actor) && (v.kind === 'user' || v.kind === 'service') && isId(v.id);
const change = (v: unknown) =>
  isObj(v) && onlyKeys(v, k.change) && isId(v.accountId) && isId(v.key) && isIso(v.at) && isValue(v.old) && isValue(v.new) && opt(v.actor, actor);
const webUrl = /^https?:\/\/[^\s/?#]+[^\s]*$/i;
const ticket = (v: unknown) =>
  isObj(v) && onlyKeys(v, k.ticket) && isId(v.id) && isId(v.accountId) && opt(v.subject, isStr) && inSet(priorities)(v.priority) &&
  inSet(ticketStatuses)(v.status) && isIso(v.openedAt) && opt(v.solvedAt, isIso);
const asset = (v: unknown) =>
  isObj(v) && onlyKeys(v, k.asset) && isId(v.id) && isId(v.accountId) && isStr(v.name) && isStr(v.url) && webUrl.test(v.url) &&
  opt(v.kind, inSet(assetKinds)) && opt(v.addedBy, isStr) && isIso(v.addedAt);
const collection = (v: unknown) =>
  isObj(v) && onlyKeys(v, k.collection) && isId(v.id) && isId(v.accountId) && isId(v.collection) && isStr(v.name) && record(v.fields, isValue);
const endUser = (v: unknown) =>
  isObj(v) && onlyKeys(v, k.endUser) && isId(v.id) && isId(v.accountId) && opt(v.name, isStr) && opt(v.email, isStr) && opt(v.lastSeenAt, isIso);

/** Whether `doc` certainly satisfies `datasetSchema` (`false` means: ask zod). */
export function fastValidateDataset(doc: unknown): boolean {
  if (!isObj(doc) || !onlyKeys(doc, k.dataset) || (doc.version !== 1 && doc.version !== 2)) return false;
  const t = doc.tenant;
  if (!isObj(t) || !onlyKeys(t, k.tenant) || !isId(t.id) || !isStr(t.name) || !opt(t.currency, isStr)) return false;
  return (
    every(doc.accountTypes, accountType) && every(doc.attributes, attribute) && every(doc.accounts, account) &&
    opt(doc.users, (x) => every(x, user)) && opt(doc.teams, (x) => every(x, team)) && opt(doc.contacts, (x) => every(x, contact)) &&
    opt(doc.assignments, (x) => every(x, assignment)) && opt(doc.touchpoints, (x) => every(x, touchpoint)) && opt(doc.tasks, (x) => every(x, task)) &&
    opt(doc.usage, (x) => every(x, usage)) && opt(doc.healthProfiles, (x) => every(x, profile)) && opt(doc.attributeHistory, (x) => every(x, change)) &&
    opt(doc.tickets, (x) => every(x, ticket)) && opt(doc.assets, (x) => every(x, asset)) && opt(doc.collections, (x) => every(x, collection)) &&
    opt(doc.endUsers, (x) => every(x, endUser))
  );
}
