/**
 * The skeleton of a synthetic dataset, kept in typed arrays so a million accounts cost a few
 * megabytes: each account's parent, type and company (ultimate parent), laid out in depth-first
 * order (parents before children), with uneven fan-out — some companies have no regions, some
 * lines of business no products. Users are numbered by role in fixed pools.
 */
import { createRandom, mix } from './prng.ts';
import { InvalidArgumentError } from '../errors/invalid-argument-error.ts';

/** What every synthetic section derives from. */
export interface SyntheticPlan {
  readonly seed: number;
  readonly accounts: number;
  readonly asOfMs: number;
  /** Days of touchpoints, tasks and attribute history before `asOf`. */
  readonly days: number;
  /** Days of daily usage rows before `asOf`. */
  readonly usageDays: number;
  /** Parent index per account (`-1` for a company). */
  readonly parent: Int32Array;
  /** Type per account: 0 company, 1 region, 2 line of business, 3 product. */
  readonly type: Uint8Array;
  /** Company (ultimate parent) index per account. */
  readonly company: Int32Array;
  /** Position among its siblings. */
  readonly ordinal: Int32Array;
  /** Subtree size per account. */
  readonly size: Int32Array;
  /** User indexes per team role. */
  readonly pools: Readonly<Record<TeamRole, Int32Array>>;
  /** Number of users. */
  readonly users: number;
  /** Users at the top of the management chain: 1 head, then directors, then managers. */
  readonly directors: number;
  readonly managers: number;
}

/** The team roles of assignments. */
const teamRoles = ['CSM', 'Onboarding Manager', 'AE', 'Support Manager'] as const;
/** A team role. */
export type TeamRole = (typeof teamRoles)[number];

const dayMs = 86_400_000;
export { dayMs };

/** Lays out the hierarchy and user pools for `accounts` accounts. */
export function planDataset(options: { seed: number; accounts: number; asOf: string; days?: number; usageDays?: number }): SyntheticPlan {
  const n = Math.max(0, Math.floor(options.accounts));
  const asOfMs = Date.parse(options.asOf);
  if (Number.isNaN(asOfMs)) throw new InvalidArgumentError('asOf', `asOf is not a date: ${options.asOf}`);
  const days = Math.max(1, Math.floor(options.days ?? 400));
  const usageDays = Math.max(0, Math.floor(options.usageDays ?? days));
  const random = createRandom(mix(options.seed, 0x51ab));
  const parent = new Int32Array(n);
  const type = new Uint8Array(n);
  const company = new Int32Array(n);
  const ordinal = new Int32Array(n);
  let next = 0;
  const add = (p: number, t: number, c: number, o: number): number => {
    const i = next++;
    parent[i] = p;
    type[i] = t;
    company[i] = c === -1 ? i : c;
    ordinal[i] = o;
    return i;
  };
  let companyOrdinal = 0;
  while (next < n) {
    const c = add(-1, 0, -1, companyOrdinal++);
    const regions = random.weighted([0, 1, 2, 3, 4], [1, 3, 3, 2, 1]);
    for (let r = 0; r < regions && next < n; r++) {
      const region = add(c, 1, c, r);
      const lobs = random.weighted([0, 1, 2, 3], [1, 4, 3, 2]);
      for (let l = 0; l < lobs && next < n; l++) {
        const lob = add(region, 2, c, l);
        const count = random.weighted([0, 1, 2, 3, 4, 5], [1, 3, 3, 2, 1, 1]);
        for (let p = 0; p < count && next < n; p++) add(lob, 3, c, p);
      }
    }
  }
  const size = new Int32Array(n).fill(1);
  for (let i = n - 1; i > 0; i--) if (parent[i]! >= 0) size[parent[i]!]! += size[i]!;

  const users = Math.max(24, Math.round(n / 25));
  const directors = Math.max(2, Math.round(users / 150));
  const managers = Math.max(4, Math.round(users / 12));
  const byRole: Record<TeamRole, number[]> = { CSM: [], 'Onboarding Manager': [], AE: [], 'Support Manager': [] };
  for (let u = 1 + directors + managers; u < users; u++) {
    byRole[roleOfUser(u)].push(u);
  }
  const pools = Object.fromEntries(teamRoles.map((role) => [role, Int32Array.from(byRole[role])])) as Record<TeamRole, Int32Array>;
  return { seed: options.seed, accounts: n, asOfMs, days, usageDays, parent, type, company, ordinal, size, pools, users, directors, managers };
}

/** The team role of an individual contributor `u` (half are CSMs). */
export function roleOfUser(u: number): TeamRole {
  const slot = u % 20;
  return slot < 10 ? 'CSM' : slot < 13 ? 'Onboarding Manager' : slot < 17 ? 'AE' : 'Support Manager';
}

/** The id of account `i`. */
export function accountId(i: number): string {
  return `acct-${i + 1}`;
}

/** The id of user `u`. */
export function userId(u: number): string {
  return `user-${u + 1}`;
}

const dayCache = new Map<number, string>();

/** `YYYY-MM-DD` of a UTC day number (days since 1970-01-01), cached: dates repeat a lot. */
function dayText(day: number): string {
  let text = dayCache.get(day);
  if (text === undefined) {
    text = new Date(day * dayMs).toISOString().slice(0, 10);
    if (dayCache.size > 20_000) dayCache.clear();
    dayCache.set(day, text);
  }
  return text;
}

const two = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/** An ISO date (`YYYY-MM-DD`) of a time in ms. */
export function isoDate(ms: number): string {
  return dayText(Math.floor(ms / dayMs));
}

/** An ISO time of a time in ms, to the minute (`2026-01-31T09:15:00Z`). */
export function isoTime(ms: number): string {
  const day = Math.floor(ms / dayMs);
  const minutes = Math.floor((ms - day * dayMs) / 60_000);
  return `${dayText(day)}T${two(Math.floor(minutes / 60))}:${two(minutes % 60)}:00Z`;
}
