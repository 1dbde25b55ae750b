/**
 * Deterministic account profile and children answers for tests, stories and benchmarks of
 * `<account-health>` and `<account-hierarchy>`: a tree `acme` → 3 lines of business → 2 regions
 * each → 2 products each, with `arr`, `seats` and `nps` rolled up, and 52 weeks of health.
 */
import type { AccountChildren, AccountProfile, Band } from '@successkit/core';

const typeNames = ['Ultimate parent', 'Line of business', 'Region', 'Product'];
const typeIds = ['ultimate', 'lineOfBusiness', 'region', 'product'];
const lineNames = ['Cloud', 'Devices', 'Services'];
const regionNames = ['EMEA', 'Americas'];
const productNames = ['Core', 'Analytics'];
const rollups = [
  { key: 'arr', label: 'ARR', type: 'currency' as const, rollup: 'sum' as const },
  { key: 'seats', label: 'Seats', type: 'number' as const, rollup: 'sum' as const },
  { key: 'nps', label: 'NPS', type: 'number' as const, rollup: 'avg' as const },
];

function rand(seed: number): number {
  const x = Math.sin(seed * 12.9898 + 78.233) * 43758.5453;
  return x - Math.floor(x);
}

function depthOf(id: string): number {
  return id.split('-').length - 1;
}

function nameOf(id: string): string {
  const parts = id.split('-').slice(1).map(Number);
  if (parts.length === 0) return 'Acme Group';
  const names = [lineNames[parts[0]! - 1], regionNames[(parts[1] ?? 1) - 1], productNames[(parts[2] ?? 1) - 1]];
  return `Acme ${names.slice(0, parts.length).join(' ')}`;
}

function childIds(id: string): string[] {
  const depth = depthOf(id);
  if (depth >= 3) return [];
  return Array.from({ length: depth === 0 ? 3 : 2 }, (_, i) => `${id}-${i + 1}`);
}

function seedOf(id: string): number {
  return [...id].reduce((a, c) => a * 31 + c.charCodeAt(0), 7) % 10_000;
}

function own(id: string): Record<string, number | null> {
  if (depthOf(id) < 3) return { arr: null, seats: null, nps: depthOf(id) === 0 ? 41 : null };
  const s = seedOf(id);
  return { arr: 50_000 + Math.round(rand(s) * 400) * 1000, seats: 20 + Math.round(rand(s + 1) * 300), nps: Math.round(rand(s + 2) * 80) - 10 };
}

function subtree(id: string): string[] {
  return [id, ...childIds(id).flatMap(subtree)];
}

function rolledUp(id: string): Record<string, number | null> {
  const owns = subtree(id).map(own);
  const out: Record<string, number | null> = {};
  for (const { key, rollup } of rollups) {
    const values = owns.map((o) => o[key]).filter((v): v is number => v !== null && v !== undefined);
    if (!values.length) out[key] = null;
    else out[key] = rollup === 'sum' ? values.reduce((a, b) => a + b, 0) : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
  }
  return out;
}

function ref(id: string) {
  const depth = depthOf(id);
  return { id, name: nameOf(id), typeId: typeIds[depth]!, typeName: typeNames[depth]! };
}

function band(score: number | null): Band | null {
  return score === null ? null : score < 40 ? 'poor' : score < 70 ? 'average' : 'good';
}

/** Whether `id` is an account of the fixture tree. */
export function isFixtureAccount(id: string): boolean {
  return /^acme(-[1-3](-[12](-[12])?)?)?$/.test(id);
}

/**
 * A `GET /v1/accounts/:id` answer (`withHealth: false` leaves the health out).
 *
 * @example
 * ```ts
 * const profile = mockAccountProfile('acme-1');
 * ```
 */
export function mockAccountProfile(id: string, { withHealth = true, fromChildren = false } = {}): AccountProfile {
  const s = seedOf(id);
  const dims = [
    { key: 'usage', label: 'Product usage', weight: 50, score: 35 + Math.round(rand(s + 3) * 60) },
    { key: 'support', label: 'Support', weight: 30, score: Math.round(rand(s + 4) * 100) },
    { key: 'sentiment', label: 'Sentiment', weight: 20, score: null },
  ];
  const withData = dims.filter((d) => d.score !== null);
  const weightWithData = withData.reduce((a, d) => a + d.weight, 0);
  const score = Math.round(withData.reduce((a, d) => a + (d.score ?? 0) * d.weight, 0) / weightWithData);
  const start = Date.parse('2025-03-03T00:00:00Z');
  const weeks = Array.from({ length: 52 }, (_, i) => {
    const value = i < 3 ? null : Math.max(0, Math.min(100, Math.round(score - 25 + i * 0.6 + rand(s + i) * 30)));
    return { weekStart: new Date(start + i * 7 * 86_400_000).toISOString().slice(0, 10), score: value, band: band(value), upsell: i === 20 || i === 44 };
  });
  const path = id.split('-').map((_, i, parts) => ref(parts.slice(0, i + 1).join('-')));
  const ownValues = own(id);
  const rolled = rolledUp(id);
  return {
    account: { ...ref(id), parentId: depthOf(id) ? id.split('-').slice(0, -1).join('-') : null, depth: depthOf(id), childCount: childIds(id).length, path },
    attributes: [
      ...rollups.map((a) => ({ key: a.key, label: a.label, type: a.type, category: 'valueMetrics' as const, own: ownValues[a.key] ?? null, rolledUp: rolled[a.key] ?? null, rollup: a.rollup, pii: false, restricted: false })),
      { key: 'industry', label: 'Industry', type: 'string' as const, category: 'keyInfo' as const, own: 'Manufacturing', rollup: null, pii: false, restricted: false },
    ],
    health: withHealth
      ? {
          current: {
            profileId: 'hp-default',
            score,
            band: band(score),
            coverage: weightWithData / 100,
            dimensions: dims.map((d) => ({
              key: d.key,
              label: d.label,
              weight: d.weight,
              effectiveWeight: d.score === null ? 0 : d.weight / weightWithData,
              score: d.score,
              band: band(d.score),
              coverage: d.score === null ? 0 : 1,
              measures: [],
            })),
            source: 'own' as const,
            // An account whose health comes from its children (weighted by value): no dimensions
            // of its own, the children's share per band instead.
            ...(fromChildren ? { dimensions: [], source: 'childrenByValue' as const, childBands: { poor: 0.25, average: 0.35, good: 0.4 } } : {}),
          },
          history: { weeks, trend: 'up' as const, trendWindowWeeks: 4 },
        }
      : { current: null, history: null },
    lifecycle: [],
    recentChanges: [],
    asOf: '2026-03-01T00:00:00.000Z',
  };
}

/** A `GET /v1/accounts/:id/children` answer. */
export function mockAccountChildren(id: string): AccountChildren {
  return {
    parentId: id,
    attributes: rollups.map(({ key, label, type }) => ({ key, label, type })),
    children: childIds(id).map((child) => {
      const o = own(child);
      const r = rolledUp(child);
      const score = Math.round(rand(seedOf(child)) * 100);
      return {
        ...ref(child),
        childCount: childIds(child).length,
        values: Object.fromEntries(rollups.map(({ key }) => [key, { own: o[key] ?? null, rolledUp: r[key] ?? null }])),
        health: { score, band: band(score) },
      };
    }),
  };
}
