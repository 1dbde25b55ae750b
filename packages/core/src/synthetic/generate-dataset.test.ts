import { describe, expect, it } from 'vitest';
import { indexDataset } from '../dataset/dataset-index.ts';
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
    const bands = new Set(dataset.accounts.map((a) => computeAccountHealth(index, a.id, asOf)?.band));
    expect(bands).toEqual(expect.objectContaining(new Set(['good', 'average', 'poor'])));
    const product = dataset.accounts.find((a) => a.typeId === 'product')!;
    expect(computeHealthHistory(index, product.id, asOf)!.weeks.filter((w) => w.score !== null).length).toBe(52);
  });

  it('streams exactly the same JSON text in chunks', async () => {
    const chunks: string[] = [];
    await streamDataset(options, (chunk) => void chunks.push(chunk), 64 * 1024);
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.join('')).toBe(JSON.stringify(dataset));
  });
});
