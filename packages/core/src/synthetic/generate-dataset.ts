/**
 * The synthetic dataset generator: a realistic tenant for demos, tests and benchmarks,
 * deterministic for the same `seed` and `asOf` (a seeded PRNG, never `Math.random`).
 *
 * `generateDataset` returns it in memory; `streamDataset` writes exactly the same JSON text
 * in chunks, section by section, regenerating each account from the seed as it goes, so a
 * million accounts never sit in memory at once (core has no file system: the caller's `write`
 * receives the chunks).
 */
import type { Assignment, AttributeChange, ChangeActor, Dataset } from '../dataset/schema.ts';
import { activityOf, usageOf } from './synthetic-activity.ts';
import { companyIdentity, syntheticAccount, type SyntheticAccount } from './synthetic-account.ts';
import { syntheticAccountTypes, syntheticAttributes, syntheticHealthProfiles } from './synthetic-metadata.ts';
import { assignmentsOf, contactCount, syntheticContact, syntheticTeams, syntheticUser } from './synthetic-people.ts';
import { planDataset, userId, type SyntheticPlan } from './synthetic-plan.ts';
import { assetsOf, attributeUsage, collectionsOf, defaultEndUserDays, endUsersOf, ticketsOf } from './synthetic-profile.ts';

/** Options of the generator. */
export interface GenerateDatasetOptions {
  /** Any integer; the same seed (and `asOf`) gives the same dataset. */
  seed: number;
  /** Number of accounts, all levels included. */
  accounts: number;
  /** The "now" of the dataset (ISO time): activity and history end here. */
  asOf: string;
  /** Days of touchpoints, tasks and attribute history before `asOf` (default 400). */
  days?: number;
  /** Days of daily usage rows before `asOf` (default `days`; 0 for none, e.g. for huge datasets). */
  usageDays?: number;
  /** Days before `asOf` whose usage rows name their end users' events (`usage[].users`; default 30, 0 for none). */
  endUserDays?: number;
  /**
   * `1` writes a version-1 file: the same accounts, people and activity without any version-2
   * key (no tickets, assets, collections, end users, `users`, `actor` or `editable`), e.g. for
   * benchmarks comparable with earlier figures. Default `2`.
   */
  version?: 1 | 2;
}

type Section = [key: keyof Dataset, rows: () => Iterable<unknown>];

/** Attributes synced from other systems, by the service that writes them; other changes are by the account's CSM. */
const serviceOf: Record<string, string> = { arr: 'crm-sync', contractStatus: 'crm-sync', renewalDate: 'crm-sync', supportTickets: 'helpdesk-sync', licenseUtilization: 'usage-sync' };

/** The history rows of an account with who made each change. */
function withActors(history: readonly AttributeChange[], assigned: readonly Assignment[]): AttributeChange[] {
  const owner = assigned.find((x) => x.role === 'CSM') ?? assigned[0];
  return history.map((row) => {
    const service = serviceOf[row.key];
    const actor: ChangeActor = service || !owner ? { kind: 'service', id: service ?? 'crm-sync' } : { kind: 'user', id: owner.userId };
    return { ...row, actor };
  });
}

function* perAccount<T>(plan: SyntheticPlan, rowsOf: (i: number) => Iterable<T>): Iterable<T> {
  for (let i = 0; i < plan.accounts; i++) yield* rowsOf(i);
}

function sections(options: GenerateDatasetOptions): { head: Pick<Dataset, 'version' | 'tenant'>; sections: Section[] } {
  const plan = planDataset(options);
  const v2 = (options.version ?? 2) === 2;
  const endUserDays = v2 ? (options.endUserDays ?? defaultEndUserDays) : 0;
  const fallbackUser = userId(1 + plan.directors + plan.managers);
  const facts = (i: number) => syntheticAccount(plan, i);
  const assignments = (i: number) => {
    const a = facts(i);
    return { a, assigned: assignmentsOf(plan, i, { contractStatus: a.account.attributes.contractStatus, supportTickets: a.account.attributes.supportTickets }) };
  };
  return {
    head: { version: v2 ? 2 : 1, tenant: { id: `tenant-${options.seed}`, name: 'Synthetic Software Ltd', currency: 'USD' } },
    sections: [
      ['accountTypes', () => syntheticAccountTypes],
      ['attributes', () => (v2 ? syntheticAttributes : syntheticAttributes.map(({ editable: _editable, ...def }) => def))],
      ['accounts', () => perAccount(plan, (i) => [facts(i).account])],
      ['users', () => perAccount({ ...plan, accounts: plan.users }, (u) => [syntheticUser(plan, u)])],
      ['teams', () => syntheticTeams],
      [
        'contacts',
        () =>
          perAccount(plan, (i) => {
            if (plan.type[i] !== 0) return [];
            const { domain } = companyIdentity(plan, i);
            return Array.from({ length: contactCount(plan, i) }, (_, k) => syntheticContact(plan, i, k, domain));
          }),
      ],
      ['assignments', () => perAccount(plan, (i) => assignments(i).assigned)],
      ['touchpoints', () => perAccount(plan, (i) => { const { a, assigned } = assignments(i); return activityOf(plan, i, a, assigned, fallbackUser).touchpoints; })],
      ['tasks', () => perAccount(plan, (i) => { const { a, assigned } = assignments(i); return activityOf(plan, i, a, assigned, fallbackUser).tasks; })],
      ['usage', () => perAccount(plan, (i) => { const a = facts(i); return attributeUsage(plan, i, usageOf(plan, i, a), endUsersOf(plan, i, a), endUserDays); })],
      ['healthProfiles', () => syntheticHealthProfiles],
      ['attributeHistory', () => perAccount<AttributeChange>(plan, (i) => { const { a, assigned } = assignments(i); return v2 ? withActors(a.history, assigned) : a.history; })],
      ...(v2 ? profileSections(plan, facts, assignments) : []),
    ],
  };
}

/** The version-2 profile lists. */
function profileSections(plan: SyntheticPlan, facts: (i: number) => SyntheticAccount, assignments: (i: number) => { a: SyntheticAccount; assigned: Assignment[] }): Section[] {
  return [
    ['tickets', () => perAccount(plan, (i) => ticketsOf(plan, i, facts(i)))],
    ['assets', () => perAccount(plan, (i) => { const { a, assigned } = assignments(i); return assetsOf(plan, i, a, assigned); })],
    ['collections', () => perAccount(plan, (i) => collectionsOf(plan, i, facts(i)))],
    ['endUsers', () => perAccount(plan, (i) => endUsersOf(plan, i, facts(i)))],
  ];
}

/**
 * Generates a synthetic dataset in memory: company → region → line of business → product
 * (uneven), attributes in every category, users with managers and teams, assignments in the
 * roles CSM / Onboarding Manager / AE / Support Manager, contacts, touchpoints and tasks,
 * daily usage (with end users' events in the last months), health profiles, attribute history
 * with upsells and who made each change, and the version-2 profile lists: support tickets,
 * documents and links, collections (opportunities, subscriptions) and end users.
 *
 * @example
 * ```ts
 * const dataset = generateDataset({ seed: 42, accounts: 500, asOf: '2026-01-31T00:00:00Z' });
 * ```
 */
export function generateDataset(options: GenerateDatasetOptions): Dataset {
  const { head, sections: parts } = sections(options);
  const dataset: Record<string, unknown> = { ...head };
  for (const [key, rows] of parts) dataset[key] = [...rows()];
  return dataset as Dataset;
}

/**
 * Writes the dataset `generateDataset(options)` would return, as JSON text
 * (`JSON.stringify` of it), in chunks of about 1 MB; awaits `write` between chunks.
 *
 * @example
 * ```ts
 * const out = createWriteStream('big.json');
 * await streamDataset({ seed: 1, accounts: 1_000_000, asOf, days: 30 }, (chunk) => { out.write(chunk); });
 * ```
 */
export async function streamDataset(options: GenerateDatasetOptions, write: (chunk: string) => void | Promise<void>, chunkSize = 1 << 20): Promise<void> {
  const { head, sections: parts } = sections(options);
  let buffer = JSON.stringify(head).slice(0, -1);
  const flush = async (force = false) => {
    if (buffer.length >= chunkSize || (force && buffer.length > 0)) {
      const chunk = buffer;
      buffer = '';
      await write(chunk);
    }
  };
  for (const [key, rows] of parts) {
    buffer += `,${JSON.stringify(key)}:[`;
    let first = true;
    for (const row of rows()) {
      buffer += first ? JSON.stringify(row) : `,${JSON.stringify(row)}`;
      first = false;
      if (buffer.length >= chunkSize) await flush();
    }
    buffer += ']';
  }
  buffer += '}';
  await flush(true);
}
