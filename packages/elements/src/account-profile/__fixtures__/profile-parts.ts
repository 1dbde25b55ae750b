/**
 * Deterministic answers of the account profile part routes for the tests, stories and benches
 * of `<account-profile>` and its parts: a full profile (attributes in every category, own and
 * rolled-up, one restricted, lifecycle stages, a parent path), timeline, tasks, team, contacts
 * and changes, each filtered by its query as the server does. `empty` gives the empty answers;
 * `attributeCount` sizes the attribute list (the 300-attribute bench).
 */
import type { AccountChanges, AccountContacts, AccountProfile, AccountTasks, AccountTeam, AccountTimeline } from '@successkit/core';
import { mockAccountProfile } from '../../account-health/__fixtures__/profile-data.ts';

/** The time the fixtures are computed for. */
export const fixtureAsOf = '2026-11-30T12:00:00.000Z';
const day = 86_400_000;
const asOfMs = Date.parse(fixtureAsOf);
const iso = (ms: number) => new Date(ms).toISOString();

type Attribute = AccountProfile['attributes'][number];
const categories: Attribute['category'][] = ['keyInfo', 'valueMetrics', 'health', 'custom', 'system'];

const extraAttributes: Attribute[] = [
  { key: 'renewalDate', label: 'Renewal date', type: 'date', category: 'keyInfo', own: '2027-03-31', rolledUp: '2027-01-15', rollup: 'min', pii: false, restricted: false },
  { key: 'contractStatus', label: 'Contract status', type: 'enum', category: 'keyInfo', own: 'active', rollup: null, pii: false, restricted: false },
  { key: 'customerSince', label: 'Customer since', type: 'date', category: 'keyInfo', own: '2019-06-01', rollup: null, pii: false, restricted: false },
  { key: 'licenseUtilization', label: 'License utilization', type: 'percent', category: 'valueMetrics', own: 82, rolledUp: 74, rollup: 'avg', pii: false, restricted: false },
  { key: 'discount', label: 'Negotiated discount', type: 'percent', category: 'valueMetrics', own: 15, rollup: null, pii: false, restricted: true },
  { key: 'supportTier', label: 'Support tier', type: 'enum', category: 'health', own: 'Premier <b>plus</b>', rollup: null, pii: false, restricted: false },
  { key: 'executiveSponsor', label: 'Executive sponsor', type: 'boolean', category: 'custom', own: true, rollup: null, pii: false, restricted: false },
  { key: 'crmId', label: 'CRM id', type: 'string', category: 'system', own: 'CRM-004211', rollup: null, pii: false, restricted: false },
];

function generatedAttributes(count: number): Attribute[] {
  return Array.from({ length: count }, (_, i) => {
    const category = categories[i % categories.length]!;
    const numeric = i % 3 !== 0;
    return {
      key: `metric${String(i).padStart(3, '0')}`,
      label: `${numeric ? 'Metric' : 'Field'} ${i + 1}`,
      type: numeric ? 'number' : 'string',
      category,
      own: numeric ? i * 7 : `value ${i % 17}`,
      ...(numeric ? { rolledUp: i * 21 } : {}),
      rollup: numeric ? 'sum' : null,
      pii: false,
      restricted: i % 50 === 7,
    } satisfies Attribute;
  });
}

/**
 * A full `GET /v1/accounts/:id` answer: the health fixture's profile with attributes in every
 * category, lifecycle stages and recent changes; `empty`: no attributes, no health, no stages.
 */
export function mockFullProfile(id: string, options: { empty?: boolean; attributeCount?: number } = {}): AccountProfile {
  const base = mockAccountProfile(id, { withHealth: !options.empty });
  if (options.empty) return { ...base, attributes: [], lifecycle: [], recentChanges: [] };
  const attributes = options.attributeCount ? generatedAttributes(options.attributeCount) : [...base.attributes, ...extraAttributes];
  return {
    ...base,
    attributes,
    lifecycle: [
      { lifecycleId: 'journey', stage: 'Adopt' },
      { lifecycleId: 'onboarding', stage: 'Go-live' },
    ],
    asOf: fixtureAsOf,
  };
}

const users = [
  { id: 'u-ana', name: 'Ana Ruiz' },
  { id: 'u-ben', name: 'Ben Okafor' },
  { id: 'u-chen', name: 'Chen Li' },
];
const flows = ['onboarding', 'renewal', 'support'];
const touchTypes = ['call', 'email', 'meeting'];

/** Every task of the account (the same list feeds the timeline and the task list). */
function allTasks(): AccountTasks['tasks'] {
  return Array.from({ length: 9 }, (_, i) => {
    const dueAt = asOfMs + (i - 5) * 4 * day;
    const completedAt = i % 3 === 0 ? iso(dueAt - day) : null;
    const status = completedAt ? 'done' : dueAt < asOfMs ? 'overdue' : 'open';
    return { id: `task-${i + 1}`, flow: flows[i % 3]!, title: `Follow-up ${i + 1}`, dueAt: iso(dueAt), completedAt, status, user: users[i % 3]! } as const;
  });
}

/** A `GET /v1/accounts/:id/timeline` answer, filtered by `flow` and `type` (`task` for tasks), newest first, paged by `limit` and `cursor`. */
export function mockTimeline(
  id: string,
  query: { flow?: string | null; type?: string | null; limit?: string | number | null; cursor?: string | null } = {},
  empty = false,
): AccountTimeline {
  const touchpoints: AccountTimeline['items'] = empty
    ? []
    : Array.from({ length: 12 }, (_, i) => ({
        kind: 'touchpoint' as const,
        id: `tp-${i + 1}`,
        at: iso(asOfMs - (i * 3 + 1) * day),
        flow: flows[i % 3]!,
        type: touchTypes[i % 3]!,
        subject: i === 4 ? '<b>Quarterly review</b> & roadmap' : `Touchpoint ${i + 1}`,
        sentiment: (['positive', 'neutral', 'negative', null] as const)[i % 4]!,
        user: users[i % 3]!,
      }));
  const tasks: AccountTimeline['items'] = empty ? [] : allTasks().map((t) => ({ ...t, kind: 'task' as const, type: 'task' as const, at: t.completedAt ?? t.dueAt }));
  const every = [...touchpoints, ...tasks];
  const matching = every
    .filter((item) => (!query.flow || item.flow === query.flow) && (!query.type || item.type === query.type))
    .sort((a, b) => b.at.localeCompare(a.at));
  const offset = Number(query.cursor ?? 0);
  const limit = Number(query.limit ?? 100);
  const items = matching.slice(offset, offset + limit);
  return {
    dataVersion: 42,
    accountId: id,
    asOf: fixtureAsOf,
    filters: { flow: query.flow ?? null, type: query.type ?? null },
    flows: [...new Set(every.map((i) => i.flow))].sort(),
    types: [...new Set(every.map((i) => i.type))].sort(),
    total: matching.length,
    items,
    nextCursor: offset + limit < matching.length ? String(offset + limit) : null,
  };
}

/** A `GET /v1/accounts/:id/tasks` answer, filtered by `status` and `flow`: overdue, open, then done. */
export function mockTasks(id: string, query: { status?: string | null; flow?: string | null } = {}, empty = false): AccountTasks {
  const every = empty ? [] : allTasks();
  const order = { overdue: 0, open: 1, done: 2 };
  const tasks = every
    .filter((t) => (!query.status || t.status === query.status) && (!query.flow || t.flow === query.flow))
    .sort((a, b) => order[a.status] - order[b.status] || (a.status === 'done' ? b.dueAt.localeCompare(a.dueAt) : a.dueAt.localeCompare(b.dueAt)));
  const count = (status: string) => every.filter((t) => t.status === status).length;
  return {
    dataVersion: 42,
    accountId: id,
    asOf: fixtureAsOf,
    counts: { open: count('open'), overdue: count('overdue'), done: count('done') },
    filters: { status: (query.status as AccountTasks['filters']['status']) ?? null, flow: query.flow ?? null },
    tasks,
  };
}

/** A `GET /v1/accounts/:id/team` answer. */
export function mockTeam(id: string, empty = false): AccountTeam {
  const members: AccountTeam['members'] = empty
    ? []
    : [
        { userId: 'u-ana', name: 'Ana Ruiz', email: 'ana@example.com', seat: 'practitioner', role: 'CSM', teams: [{ id: 't-emea', name: 'EMEA' }], manager: { id: 'u-dee', name: 'Dee Park' } },
        { userId: 'u-ben', name: 'Ben Okafor', email: null, seat: 'contributor', role: 'Executive Sponsor', teams: [], manager: null },
        { userId: 'u-chen', name: 'Chen Li', email: 'chen@example.com', seat: 'viewer', role: 'Onboarding Manager', teams: [{ id: 't-emea', name: 'EMEA' }, { id: 't-ent', name: 'Enterprise' }], manager: { id: 'u-ana', name: 'Ana Ruiz' } },
      ];
  return { dataVersion: 42, accountId: id, members, roles: [...new Set(members.map((m) => m.role))].sort() };
}

/** A `GET /v1/accounts/:id/contacts` answer (`count` contacts; NPS on every other one). */
export function mockContacts(id: string, count = 5): AccountContacts {
  const names = ['Maria Gomez', 'Tom Becker', 'Priya Shah', 'Lena Novak', 'Sam <script>Smith</script>', 'Ola Berg', 'Kenji Sato'];
  const contacts: AccountContacts['contacts'] = Array.from({ length: count }, (_, i) => ({
    id: `c-${i + 1}`,
    name: names[i % names.length]!,
    email: i === 1 ? null : `contact${i + 1}@example.com`,
    phone: i % 2 ? '+1 555 0100' : null,
    title: i % 3 === 0 ? 'VP Operations' : null,
    nps: [60, -20, 90, null, 10, 30, null][i % 7]!,
    otherAccounts: i === 0 ? [{ id: 'acme-2', name: 'Acme Devices' }] : [],
  })).sort((a, b) => a.name.localeCompare(b.name));
  const scores = contacts.map((c) => c.nps).filter((n): n is number => n !== null);
  const bins = Array.from({ length: 10 }, (_, b) => ({ from: -100 + b * 20, to: -80 + b * 20, count: scores.filter((n) => Math.min(9, Math.floor((n + 100) / 20)) === b).length }));
  const nps = scores.length
    ? { count: scores.length, average: scores.reduce((a, b) => a + b, 0) / scores.length, min: Math.min(...scores), max: Math.max(...scores), bins }
    : null;
  return { dataVersion: 42, accountId: id, contacts, nps };
}

/** A `GET /v1/accounts/:id/changes` answer: the changes inside `[from, to)`, newest first. */
export function mockChanges(id: string, query: { from?: string | null; to?: string | null } = {}, empty = false): AccountChanges {
  const to = query.to ?? fixtureAsOf;
  const from = query.from ?? iso(Date.parse(to) - 30 * day);
  const every: AccountChanges['changes'] = empty
    ? []
    : [
        { key: 'arr', label: 'ARR', type: 'currency', old: 120000, new: 150000, at: iso(asOfMs - 2 * day), by: { kind: 'user', id: 'u-ana', name: 'Ana Ruiz' } },
        { key: 'contractStatus', label: 'Contract status', type: 'enum', old: 'trial', new: 'active', at: iso(asOfMs - 12 * day), by: { kind: 'service', id: 'key-crm', name: 'CRM sync' } },
        { key: 'seats', label: 'Seats', type: 'number', old: null, new: 250, at: iso(asOfMs - 45 * day), by: null },
        { key: 'renewalDate', label: 'Renewal date', type: 'date', old: '2026-12-31', new: '2027-03-31', at: iso(asOfMs - 200 * day), by: { kind: 'user', id: 'u-ben', name: 'Ben Okafor' } },
      ];
  const changes = every.filter((c) => c.at >= from && c.at < to);
  return { dataVersion: 42, accountId: id, from, to, changes };
}
