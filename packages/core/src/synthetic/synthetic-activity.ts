/**
 * Activity of one synthetic account: touchpoints and tasks over the history window across the
 * flows onboarding, adoption, renewal, escalation and expansion (the flow follows the account's
 * situation: new accounts onboard, near renewal they renew, many tickets escalate, upsells
 * expand), with sentiments and some overdue tasks; and daily usage rows for products with a
 * per-account trend, weekly rhythm and noise. Subjects name real-looking people and emails.
 */
import type { Assignment, Task, Touchpoint, UsageRow } from '../dataset/schema.ts';
import { topics } from './names.ts';
import { createRandom, mix, type Random } from './prng.ts';
import type { SyntheticAccount } from './synthetic-account.ts';
import { contactCount, syntheticContact } from './synthetic-people.ts';
import { companyIdentity } from './synthetic-account.ts';
import { accountId, dayMs, isoDate, isoTime, type SyntheticPlan } from './synthetic-plan.ts';

/** The flows of customer-success work. */
const flows = ['onboarding', 'adoption', 'renewal', 'escalation', 'expansion'] as const;
type Flow = (typeof flows)[number];

const touchpointTypes = ['call', 'email', 'meeting', 'qbr', 'note'];
const rolesForFlow: Record<Flow, string[]> = {
  onboarding: ['Onboarding Manager', 'CSM'],
  adoption: ['CSM'],
  renewal: ['AE', 'CSM'],
  escalation: ['Support Manager', 'CSM'],
  expansion: ['AE', 'CSM'],
};

function flowAt(random: Random, facts: SyntheticAccount, t: number): Flow {
  const a = facts.account.attributes;
  const since = typeof a.customerSince === 'string' ? Date.parse(a.customerSince) : 0;
  const renewal = typeof a.renewalDate === 'string' ? Date.parse(a.renewalDate) : Number.POSITIVE_INFINITY;
  const tickets = typeof a.supportTickets === 'number' ? a.supportTickets : 0;
  const weights = [
    t - since < 90 * dayMs ? 6 : 0.3,
    4,
    renewal - t < 100 * dayMs && renewal > t ? 5 : 0.5,
    tickets > 6 ? 3 : 0.5,
    facts.upsells.some((u) => Math.abs(u - t) < 45 * dayMs) ? 6 : 0.7,
  ];
  return random.weighted(flows, weights);
}

function ownerFor(random: Random, assignments: readonly Assignment[], flow: Flow, fallback: string): string {
  for (const role of rolesForFlow[flow]) {
    const found = assignments.filter((x) => x.role === role);
    if (found.length) return random.pick(found).userId;
  }
  return assignments.length ? random.pick(assignments).userId : fallback;
}

/** Touchpoints and tasks of account `i`. */
export function activityOf(plan: SyntheticPlan, i: number, facts: SyntheticAccount, assignments: readonly Assignment[], fallbackUser: string): { touchpoints: Touchpoint[]; tasks: Task[] } {
  const random = createRandom(mix(plan.seed, i, 0xac71));
  const type = plan.type[i]!;
  const perDays = type === 3 ? 20 : type === 0 ? 30 : 120;
  const count = Math.max(0, Math.round((plan.days / perDays) * (0.3 + random.next() * 1.4)));
  const c = plan.company[i]!;
  const { domain } = companyIdentity(plan, c);
  const contacts = contactCount(plan, c);
  const id = accountId(i);
  const touchpoints: Touchpoint[] = [];
  const tasks: Task[] = [];
  const start = plan.asOfMs - plan.days * dayMs;
  for (let k = 0; k < count; k++) {
    const t = start + random.next() * plan.days * dayMs;
    const flow = flowAt(random, facts, t);
    const contact = syntheticContact(plan, c, random.int(0, contacts - 1), domain);
    const topic = random.pick(topics[flow]!);
    const kind = random.pick(touchpointTypes);
    const subject =
      kind === 'email' ? `Email from ${contact.email ?? contact.name}: ${topic}` : kind === 'note' ? `${contact.name} mentioned ${topic}` : `${kind === 'qbr' ? 'QBR' : kind[0]!.toUpperCase() + kind.slice(1)} with ${contact.name} about ${topic}`;
    const sentiment = random.weighted(['positive', 'neutral', 'negative'] as const, flow === 'escalation' ? [1, 3, 6] : flow === 'expansion' ? [6, 3, 1] : [4, 5, 1.5]);
    touchpoints.push({ id: `tp-${i + 1}-${k + 1}`, accountId: id, userId: ownerFor(random, assignments, flow, fallbackUser), flow, type: kind, at: isoTime(t), subject, sentiment });
    if (random.chance(0.5)) {
      const due = t + random.int(1, 30) * dayMs;
      let completedAt: string | null = null;
      if (due < plan.asOfMs ? random.chance(0.85) : random.chance(0.2)) completedAt = isoTime(Math.min(plan.asOfMs - 60_000, due + random.int(-5, 3) * dayMs));
      tasks.push({ id: `task-${i + 1}-${k + 1}`, accountId: id, userId: ownerFor(random, assignments, flow, fallbackUser), flow, title: `Follow up: ${topic}`, dueAt: isoTime(due), completedAt });
    }
  }
  touchpoints.sort((x, y) => (x.at < y.at ? -1 : 1));
  return { touchpoints, tasks };
}

/** Daily usage rows of a product account over the usage window (other levels have none). */
export function usageOf(plan: SyntheticPlan, i: number, facts: SyntheticAccount): UsageRow[] {
  if (plan.type[i] !== 3 || plan.usageDays === 0) return [];
  const random = createRandom(mix(plan.seed, i, 0x05a9));
  const a = facts.account.attributes;
  const seats = typeof a.seats === 'number' ? a.seats : 10;
  const utilisation = typeof a.licenseUtilization === 'number' ? a.licenseUtilization / 100 : 0.5;
  const base = Math.max(1, seats * utilisation * 0.6);
  const slope = (random.next() - 0.45) * 1.2; // change over the window, as a share of base
  const cancelled = a.contractStatus === 'cancelled';
  const id = accountId(i);
  const firstDay = Math.floor(plan.asOfMs / dayMs) - plan.usageDays;
  const rows: UsageRow[] = [];
  for (let d = 0; d < plan.usageDays; d++) {
    const day = firstDay + d;
    const progress = d / Math.max(1, plan.usageDays - 1);
    const weekday = (day + 3) % 7; // 0 Monday … 6 Sunday
    const rhythm = weekday >= 5 ? 0.25 : 1;
    const trend = cancelled ? Math.max(0, 1 - progress * 1.5) : Math.max(0.05, 1 + slope * (progress - 0.5));
    const activeUsers = Math.max(0, Math.round(base * rhythm * trend * (1 + random.gauss() * 0.15)));
    const events = activeUsers * random.int(4, 20);
    const reports = Math.floor(events * 0.5);
    const dashboards = Math.floor(events * 0.3);
    rows.push({ accountId: id, date: isoDate(day * dayMs), activeUsers, events, modules: { reports, dashboards, integrations: events - reports - dashboards } });
  }
  return rows;
}
