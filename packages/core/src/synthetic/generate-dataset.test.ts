import { describe, expect, it } from 'vitest';
import { indexDataset } from '../dataset/dataset-index.ts';
import { createDatasetModel } from '../model/dataset-model.ts';
import { parseDataset } from '../dataset/parse-dataset.ts';
import { computeAccountHealth } from '../health/account-health.ts';
import { computeHealthHistory } from '../health/health-history.ts';
import { buildHierarchy } from '../hierarchy/hierarchy.ts';
import { generateDataset, streamDataset } from './generate-dataset.ts';

const asOf = '2026-01-31T00:00:00Z';
const options = { seed: 42, accounts: 400, asOf, days: 400 };
const dataset = generateDataset(options);

describe('generateDataset', () => {
  it('is deterministic for a seed and asOf, and differs for another seed', () => {
    expect(JSON.stringify(generateDataset(options))).toBe(JSON.stringify(dataset));
    expect(JSON.stringify(generateDataset({ ...options, seed: 43 }))).not.toBe(JSON.stringify(dataset));
  });

  it('produces a dataset that passes every schema and cross-record rule', () => {
    expect(() => parseDataset(JSON.parse(JSON.stringify(dataset)))).not.toThrow();
    expect(dataset.accounts).toHaveLength(400);
  });

  it('builds an uneven company → region → line of business → product hierarchy', () => {
    const index = indexDataset(dataset);
    const h = buildHierarchy(index);
    const depths = new Set(h.ids.map((id) => h.depth(id)));
    expect([...depths].sort()).toEqual([0, 1, 2, 3]);
    const fanOut = new Set(dataset.accounts.filter((a) => a.typeId === 'lineOfBusiness').map((a) => h.children(a.id).length));
    expect(fanOut.size).toBeGreaterThan(2);
  });

  it('covers every attribute category, pii and restricted, and the keys other parts rely on', () => {
    const keys = dataset.attributes.map((a) => a.key);
    for (const key of ['arr', 'seats', 'licenseUtilization', 'renewalDate', 'contractStatus', 'industry', 'domain', 'nps', 'supportTickets', 'primaryContactEmail', 'primaryContactPhone', 'discountRate', 'internalNotes', 'crmId']) {
      expect(keys).toContain(key);
    }
    expect(new Set(dataset.attributes.map((a) => a.category))).toEqual(new Set(['keyInfo', 'valueMetrics', 'health', 'custom', 'system']));
    expect(dataset.attributes.some((a) => a.pii)).toBe(true);
    expect(dataset.attributes.filter((a) => a.restricted).map((a) => a.key)).toEqual(['discountRate', 'internalNotes']);
  });

  it('has managers three levels deep, every team role, flows, sentiments and overdue tasks', () => {
    const byId = new Map(dataset.users.map((u) => [u.id, u]));
    const depthOf = (id: string): number => {
      const manager = byId.get(id)?.managerId;
      return manager ? 1 + depthOf(manager) : 0;
    };
    expect(Math.max(...dataset.users.map((u) => depthOf(u.id)))).toBeGreaterThanOrEqual(3);
    expect(new Set(dataset.assignments.map((a) => a.role))).toEqual(new Set(['CSM', 'Onboarding Manager', 'AE', 'Support Manager']));
    expect(new Set(dataset.touchpoints.map((t) => t.flow))).toEqual(new Set(['onboarding', 'adoption', 'renewal', 'escalation', 'expansion']));
    expect(new Set(dataset.touchpoints.map((t) => t.sentiment))).toEqual(new Set(['positive', 'neutral', 'negative']));
    expect(dataset.tasks.some((t) => t.completedAt === null && Date.parse(t.dueAt) < Date.parse(asOf))).toBe(true);
    expect(dataset.touchpoints.some((t) => /@/.test(t.subject ?? ''))).toBe(true);
    const first = Math.min(...dataset.touchpoints.map((t) => Date.parse(t.at)));
    expect(Date.parse(asOf) - first).toBeGreaterThan(300 * 86_400_000);
  });

  it('has daily usage, upsells in the history, and health for every account type', () => {
    const index = indexDataset(dataset);
    expect(dataset.usage.length).toBeGreaterThan(100 * 300);
    expect(dataset.attributeHistory.some((c) => c.key === 'arr' && (c.new as number) > (c.old as number))).toBe(true);
    expect(new Set(dataset.healthProfiles.map((p) => p.accountTypeId))).toEqual(new Set(dataset.accountTypes.map((t) => t.id)));
    // History ends at the current value.
    for (const [id, changes] of index.historyByAccount) {
      const last = new Map(changes.map((c) => [c.key, c.new]));
      for (const [key, value] of last) expect(index.accountsById.get(id)!.attributes[key]).toEqual(value);
    }
    const model = createDatasetModel(dataset);
    const bands = new Set(dataset.accounts.map((a) => computeAccountHealth(model, a.id, asOf)?.band));
    expect(bands).toEqual(expect.objectContaining(new Set(['good', 'average', 'poor'])));
    const product = dataset.accounts.find((a) => a.typeId === 'product')!;
    expect(computeHealthHistory(model, product.id, asOf)!.weeks.filter((w) => w.score !== null).length).toBe(52);
  });

  it('fills every version-2 profile list so each profile tab has data', () => {
    expect(dataset.version).toBe(2);
    const products = dataset.accounts.filter((a) => a.typeId === 'product');
    const companies = dataset.accounts.filter((a) => a.typeId === 'company');
    const tickets = dataset.tickets ?? [];
    // A product's unsolved tickets are its "open support tickets" attribute (capped at 12).
    for (const product of products.slice(0, 40)) {
      const unsolved = tickets.filter((t) => t.accountId === product.id && t.status !== 'solved').length;
      expect(unsolved).toBe(Math.min(12, product.attributes.supportTickets as number));
    }
    expect(new Set(tickets.map((t) => t.status))).toEqual(new Set(['open', 'pending', 'solved']));
    expect(new Set(tickets.map((t) => t.priority))).toEqual(new Set(['low', 'normal', 'high', 'urgent']));
    expect(tickets.every((t) => t.status !== 'solved' || (t.solvedAt !== undefined && t.solvedAt >= t.openedAt))).toBe(true);
    const assets = dataset.assets ?? [];
    expect(companies.every((c) => assets.some((a) => a.accountId === c.id && a.kind === 'document'))).toBe(true);
    expect(assets.every((a) => a.url.startsWith('https://'))).toBe(true);
    const collections = dataset.collections ?? [];
    expect(new Set(collections.map((c) => c.collection))).toEqual(new Set(['opportunities', 'subscriptions']));
    const endUsers = dataset.endUsers ?? [];
    expect(products.every((p) => endUsers.some((u) => u.accountId === p.id))).toBe(true);
    const known = new Set(endUsers.map((u) => u.id));
    const attributed = dataset.usage.filter((row) => row.users);
    expect(attributed.length).toBeGreaterThan(products.length * 20);
    expect(attributed.every((row) => Date.parse(row.date) >= Date.parse(asOf) - 30 * 86_400_000)).toBe(true);
    expect(attributed.every((row) => Object.keys(row.users!).every((id) => known.has(id) && id.startsWith(`eu-${row.accountId.slice(5)}-`)))).toBe(true);
    expect(new Set(dataset.attributeHistory.map((c) => c.actor?.kind))).toEqual(new Set(['user', 'service']));
    expect(dataset.attributes.filter((a) => a.editable).length).toBeGreaterThanOrEqual(3);
  });

  it('writes a version-1 file on request: the same data without a version-2 key', () => {
    const v1 = generateDataset({ ...options, version: 1 });
    expect(v1.version).toBe(1);
    expect(() => parseDataset(JSON.parse(JSON.stringify(v1)))).not.toThrow();
    const text = JSON.stringify(v1);
    for (const key of ['"tickets"', '"assets"', '"collections"', '"endUsers"', '"users":{', '"actor"', '"editable"']) expect(text).not.toContain(key);
    expect(v1.accounts).toEqual(dataset.accounts);
    expect(v1.touchpoints).toEqual(dataset.touchpoints);
    expect(v1.usage.map(({ users: _users, ...row }) => row)).toEqual(v1.usage);
  });

  it('streams exactly the same JSON text in chunks', async () => {
    const chunks: string[] = [];
    await streamDataset(options, (chunk) => void chunks.push(chunk), 64 * 1024);
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.join('')).toBe(JSON.stringify(dataset));
  });
});
