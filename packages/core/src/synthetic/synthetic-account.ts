/**
 * One synthetic account, regenerated on demand from the plan and the seed: its name,
 * attributes by level (contract figures on products, firmographics on companies), lifecycle
 * stages and its attribute history (upsells raise `arr`, utilisation drifts, trials convert,
 * renewals move the renewal date). The history ends at the current values.
 */
import type { Account, AttributeChange, AttributeValue } from '../dataset/schema.ts';
import { companyPrefixes, companySuffixes, industries, linesOfBusiness, products, regions, tiers } from './names.ts';
import { createRandom, mix, type Random } from './prng.ts';
import { accountId, dayMs, isoDate, isoTime, type SyntheticPlan } from './synthetic-plan.ts';
import { personName } from './synthetic-people.ts';

/** An account with its history and the facts activity generation needs. */
export interface SyntheticAccount {
  account: Account;
  history: AttributeChange[];
  /** Times (ms) of `arr` rises. */
  upsells: number[];
}

const typeNames = ['company', 'region', 'lineOfBusiness', 'product'] as const;

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/** Name parts of company `c`. */
export function companyIdentity(plan: SyntheticPlan, c: number): { name: string; domain: string } {
  const random = createRandom(mix(plan.seed, c, 0xc0));
  const prefix = random.pick(companyPrefixes);
  const suffix = random.pick(companySuffixes);
  return { name: `${prefix} ${suffix}`, domain: `${slug(prefix)}${slug(suffix)}${plan.ordinal[c]! + 1}.example.com` };
}

/** The display name of account `i`: the company, then one label per level. */
function accountName(plan: SyntheticPlan, i: number): string {
  const type = plan.type[i]!;
  if (type === 0) return companyIdentity(plan, i).name;
  const list = type === 1 ? regions : type === 2 ? linesOfBusiness : products;
  const offset = mix(plan.seed, plan.parent[i]!, 0x1abe) % list.length;
  return `${accountName(plan, plan.parent[i]!)} · ${list[(offset + plan.ordinal[i]!) % list.length]!}`;
}

/** Change times (ms, ascending) spread over the history window. */
function changeTimes(random: Random, plan: SyntheticPlan, count: number): number[] {
  const start = plan.asOfMs - plan.days * dayMs;
  const times = new Set<number>();
  const keep = Math.min(1, plan.days / 400); // as many changes per year whatever the window
  for (let k = 0; k < count; k++) if (keep === 1 || random.next() < keep) times.add(Math.floor((start + random.next() * (plan.days * dayMs - dayMs)) / 60_000) * 60_000);
  return [...times].sort((a, b) => a - b);
}

/** Records a chain of changes ending at `current`; `previous(v)` gives the value before `v`. */
function chain(history: AttributeChange[], id: string, key: string, times: number[], current: AttributeValue, previous: (v: AttributeValue, k: number) => AttributeValue): void {
  const rows: AttributeChange[] = [];
  let value = current;
  for (let k = times.length - 1; k >= 0; k--) {
    const old = previous(value, k);
    rows.push({ accountId: id, key, at: isoTime(times[k]!), old, new: value });
    value = old;
  }
  history.push(...rows.reverse());
}

/** Account `i` with its history. */
export function syntheticAccount(plan: SyntheticPlan, i: number): SyntheticAccount {
  const random = createRandom(mix(plan.seed, i, 0xacc7));
  const id = accountId(i);
  const type = plan.type[i]!;
  const c = plan.company[i]!;
  const a: Record<string, AttributeValue> = { crmId: `CRM-${(mix(plan.seed, i, 7) % 9_000_000) + 1_000_000}` };
  const history: AttributeChange[] = [];
  const upsells: number[] = [];
  const lifecycle: Record<string, string> = {};
  a.lastSyncedAt = isoDate(plan.asOfMs - random.int(0, 3) * dayMs);
  if (type === 0) {
    const { domain } = companyIdentity(plan, c);
    const contact = personName(mix(plan.seed, c, 0, 0x9a3e));
    a.industry = random.pick(industries);
    a.domain = domain;
    a.tier = random.weighted(tiers, [2, 3, 5]);
    a.primaryContactEmail = `${contact.first}.${contact.last}@${domain}`.toLowerCase();
    a.primaryContactPhone = random.chance(0.5) ? `+1 (415) 555-0${random.int(100, 199)}` : `+44 20 7946 0${random.int(100, 999)}`;
    a.customerSince = isoDate(plan.asOfMs - random.int(200, 3000) * dayMs);
    a.hasExecutiveSponsor = random.chance(0.6);
    if (random.chance(0.8)) a.nps = random.int(-3, 8) * 10;
    if (random.chance(0.3)) a.internalNotes = random.pick(['Champion left last quarter; rebuild the relationship.', 'Price-sensitive: discount approved by finance.', 'Strategic logo, exec visibility.']);
    if (typeof a.nps === 'number' && random.chance(0.5)) chain(history, id, 'nps', changeTimes(random, plan, random.int(1, 2)), a.nps, (v) => Math.max(-100, Math.min(100, (v as number) + random.int(-2, 2) * 10)));
    lifecycle.journey = random.weighted(['Onboard', 'Adopt', 'Expand', 'Renew'], [1, 4, 2, 2]);
  } else if (type === 3) {
    const tier = mix(plan.seed, c, 0x7e) % 3;
    const seats = random.int(5, [400, 120, 40][tier]!);
    const arr = Math.round((seats * random.int(300, 900)) / 100) * 100;
    const status = random.weighted(['active', 'trial', 'cancelled', ''], [82, 9, 6, 3]);
    const since = plan.asOfMs - random.int(20, 1500) * dayMs;
    const renewal = plan.asOfMs + random.int(-20, 360) * dayMs;
    a.arr = arr;
    a.seats = seats;
    a.licenseUtilization = Math.round(random.int(150, 1000)) / 10;
    a.peakActiveUsers = Math.round(seats * (0.3 + random.next() * 0.7));
    a.discountRate = random.int(0, 30);
    a.renewalDate = isoDate(renewal);
    a.customerSince = isoDate(since);
    a.contractStatus = status;
    a.supportTickets = Math.floor(random.next() ** 3 * 16);
    if (random.chance(0.1)) a.escalationReason = random.pick(['SLA breach', 'Data sync failures', 'Billing dispute']);
    if (random.chance(0.5)) a.nps = random.int(-3, 9) * 10;
    const upsellCount = status === 'active' ? random.weighted([0, 1, 2], [6, 3, 1]) : 0;
    const upsellTimes = changeTimes(random, plan, upsellCount);
    upsells.push(...upsellTimes);
    chain(history, id, 'arr', upsellTimes, arr, (v) => Math.round((v as number) / (1.1 + random.next() * 0.4) / 100) * 100);
    chain(history, id, 'licenseUtilization', changeTimes(random, plan, random.int(2, 5)), a.licenseUtilization, (v) => Math.round(Math.max(5, Math.min(100, (v as number) + random.gauss() * 8)) * 10) / 10);
    chain(history, id, 'supportTickets', changeTimes(random, plan, random.int(1, 4)), a.supportTickets, (v) => Math.max(0, (v as number) + random.int(-3, 3)));
    if (status === 'active' && since > plan.asOfMs - plan.days * dayMs) chain(history, id, 'contractStatus', [Math.floor((since + 14 * dayMs) / 60_000) * 60_000].filter((t) => t < plan.asOfMs), 'active', () => 'trial');
    if (status === 'cancelled') chain(history, id, 'contractStatus', changeTimes(random, plan, 1), 'cancelled', () => 'active');
    const renewedAt = renewal - 365 * dayMs;
    if (renewedAt > plan.asOfMs - plan.days * dayMs && renewedAt < plan.asOfMs) chain(history, id, 'renewalDate', [Math.floor(renewedAt / 60_000) * 60_000], a.renewalDate, () => isoDate(renewedAt));
    const onboarding = plan.asOfMs - since < 90 * dayMs;
    lifecycle.journey = status === 'cancelled' ? 'Churned' : onboarding ? 'Onboard' : renewal - plan.asOfMs < 90 * dayMs ? 'Renew' : upsells.length ? 'Expand' : 'Adopt';
    lifecycle.onboarding = onboarding ? random.pick(['Kickoff', 'Configuration', 'Training', 'Go-live']) : 'Complete';
  } else {
    if (random.chance(0.5)) a.hasExecutiveSponsor = random.chance(0.5);
  }
  const account: Account = { id, name: accountName(plan, i), typeId: typeNames[type]!, parentId: plan.parent[i]! >= 0 ? accountId(plan.parent[i]!) : null, attributes: a };
  if (Object.keys(lifecycle).length) account.lifecycle = lifecycle;
  return { account, history, upsells };
}
