/**
 * The version-2 profile lists of one synthetic account: end users of products (named at the
 * company's domain, some long inactive), support tickets (a product's unsolved tickets match its
 * `supportTickets` attribute; solved ones spread over the history), documents and links (contract,
 * QBR decks, the CRM record), collections (CRM opportunities on companies and lines of
 * business, subscriptions on products) and the end users' share of each usage day. Each list
 * has its own seeded stream, so adding one never changes the others.
 */
import type { Asset, Assignment, CollectionRecord, EndUser, Ticket, UsageRow } from '../dataset/schema.ts';
import { topics } from './names.ts';
import { createRandom, mix } from './prng.ts';
import { companyIdentity, type SyntheticAccount } from './synthetic-account.ts';
import { personName } from './synthetic-people.ts';
import { accountId, dayMs, isoDate, isoTime, type SyntheticPlan } from './synthetic-plan.ts';

/** Default of `endUserDays`: the days before `asOf` whose usage rows carry `users` (older rows leave them out, to stay small). */
export const defaultEndUserDays = 30;

/** End users of account `i` (products only), busiest first. */
export function endUsersOf(plan: SyntheticPlan, i: number, facts: SyntheticAccount): EndUser[] {
  if (plan.type[i] !== 3) return [];
  const random = createRandom(mix(plan.seed, i, 0xe0d5));
  const seats = typeof facts.account.attributes.seats === 'number' ? facts.account.attributes.seats : 10;
  const count = Math.max(2, Math.min(8, Math.round(seats / 30)));
  const { domain } = companyIdentity(plan, plan.company[i]!);
  return Array.from({ length: count }, (_, k) => {
    const { first, last } = personName(mix(plan.seed, i, k, 0xe05e));
    const user: EndUser = { id: `eu-${i + 1}-${k + 1}`, accountId: accountId(i), name: `${first} ${last}`, email: `${first}.${last}${k + 1}@${domain}`.toLowerCase() };
    if (random.chance(0.9)) user.lastSeenAt = isoTime(plan.asOfMs - Math.floor(random.next() ** 3 * (k < count / 2 ? 10 : 120) * dayMs));
    return user;
  });
}

/**
 * Adds `users` (events per end user, at most 5) to the usage rows of the last `days` days. The
 * busiest end users come first and are usually there; keys are written in that fixed order, so
 * the rows of one account share their object shapes (random key orders would cost V8 a hidden
 * class per combination and make generating and parsing slow).
 */
export function attributeUsage(plan: SyntheticPlan, i: number, rows: UsageRow[], endUsers: readonly EndUser[], days: number): UsageRow[] {
  if (endUsers.length === 0 || days <= 0) return rows;
  const random = createRandom(mix(plan.seed, i, 0x05e5));
  const since = isoDate(plan.asOfMs - days * dayMs);
  const weights = new Float64Array(5);
  for (const row of rows) {
    if (row.date < since || row.activeUsers === 0 || !row.events) continue;
    const active = Math.min(row.activeUsers, endUsers.length, 5);
    let total = 0;
    for (let k = 0; k < active; k++) {
      weights[k] = random.chance(k < 2 ? 0.95 : 0.7) ? (0.5 + random.next()) / (k + 1) : 0;
      total += weights[k]!;
    }
    if (total === 0) continue;
    const users: Record<string, number> = {};
    for (let k = 0; k < active; k++) {
      if (weights[k]! > 0) users[endUsers[k]!.id] = Math.max(1, Math.round((row.events * 0.9 * weights[k]!) / total));
    }
    row.users = users;
  }
  return rows;
}

const ticketSubjects = ['Cannot log in with SSO', 'Export to CSV times out', 'Dashboard shows stale data', 'Invoice address wrong', 'API rate limit reached', 'Sync with CRM fails', 'Permission error on reports', 'Slow search results', 'Question about seat licences', 'Webhook not firing'];
const priorities = ['low', 'normal', 'high', 'urgent'] as const;

/** Support tickets of account `i`: products and companies. */
export function ticketsOf(plan: SyntheticPlan, i: number, facts: SyntheticAccount): Ticket[] {
  const type = plan.type[i]!;
  if (type !== 3 && type !== 0) return [];
  const random = createRandom(mix(plan.seed, i, 0x71c4));
  const open = type === 3 && typeof facts.account.attributes.supportTickets === 'number' ? Math.min(12, facts.account.attributes.supportTickets) : random.int(0, 1);
  // Solved tickets in proportion to the history window: about one every two months on a product.
  const solved = Math.round((plan.days / (type === 3 ? 60 : 180)) * random.next() * 2);
  const out: Ticket[] = [];
  for (let k = 0; k < open + solved; k++) {
    const unsolved = k < open;
    const opened = plan.asOfMs - (unsolved ? random.int(1, 45) : random.int(10, plan.days)) * dayMs - random.int(0, 1439) * 60_000;
    const ticket: Ticket = {
      id: `tk-${i + 1}-${k + 1}`,
      accountId: accountId(i),
      subject: random.pick(ticketSubjects),
      priority: random.weighted(priorities, [3, 6, 2, unsolved ? 1 : 0.3]),
      status: unsolved ? (random.chance(0.35) ? 'pending' : 'open') : 'solved',
      openedAt: isoTime(opened),
    };
    if (!unsolved) ticket.solvedAt = isoTime(Math.min(plan.asOfMs - 60_000, opened + random.int(1, 240) * 3_600_000));
    out.push(ticket);
  }
  return out;
}

/** Documents and links of account `i` (companies, regions and lines of business). */
export function assetsOf(plan: SyntheticPlan, i: number, facts: SyntheticAccount, assigned: readonly Assignment[]): Asset[] {
  const type = plan.type[i]!;
  if (type === 3) return [];
  const random = createRandom(mix(plan.seed, i, 0xa55e));
  const slug = accountId(i);
  const by = () => (assigned.length ? random.pick(assigned).userId : undefined);
  const added = () => isoTime(plan.asOfMs - random.int(1, plan.days) * dayMs);
  const out: Asset[] = [];
  const push = (name: string, url: string, kind: Asset['kind']) => {
    const asset: Asset = { id: `as-${i + 1}-${out.length + 1}`, accountId: slug, name, url, kind, addedAt: added() };
    const who = by();
    if (who) asset.addedBy = who;
    out.push(asset);
  };
  if (type === 0) {
    push('Master services agreement.pdf', `https://docs.successkit-demo.example/${slug}/msa.pdf`, 'document');
    push('CRM record', `https://crm.successkit-demo.example/accounts/${String(facts.account.attributes.crmId)}`, 'link');
    push(`Company website (${companyIdentity(plan, i).domain})`, `https://www.${companyIdentity(plan, i).domain}/`, 'link');
  }
  const decks = random.int(type === 0 ? 1 : 0, 3);
  for (let k = 0; k < decks; k++) push(`QBR ${random.pick(['Q1', 'Q2', 'Q3', 'Q4'])} deck.pdf`, `https://docs.successkit-demo.example/${slug}/qbr-${k + 1}.pdf`, 'document');
  if (random.chance(0.5)) push('Success plan', `https://docs.successkit-demo.example/${slug}/success-plan`, 'link');
  return out;
}

const stages = ['Discovery', 'Proposal', 'Negotiation', 'Closed won', 'Closed lost'];

/** Collection records of account `i`: opportunities (companies, lines of business), subscriptions (products). */
export function collectionsOf(plan: SyntheticPlan, i: number, facts: SyntheticAccount): CollectionRecord[] {
  const type = plan.type[i]!;
  const random = createRandom(mix(plan.seed, i, 0xc011));
  const id = accountId(i);
  if (type === 3) {
    const a = facts.account.attributes;
    return [{
      id: `sub-${i + 1}`, accountId: id, collection: 'subscriptions', name: `${random.pick(['Professional', 'Business', 'Enterprise'])} plan`,
      fields: { seats: typeof a.seats === 'number' ? a.seats : null, arr: typeof a.arr === 'number' ? a.arr : null, renewalDate: typeof a.renewalDate === 'string' ? a.renewalDate : null, billing: random.pick(['annual', 'monthly']) },
    }];
  }
  if (type === 1) return [];
  const count = random.int(type === 0 ? 1 : 0, 4);
  return Array.from({ length: count }, (_, k) => {
    const stage = random.weighted(stages, [2, 3, 2, 3, 1]);
    const closes = plan.asOfMs + (stage.startsWith('Closed') ? -random.int(5, 200) : random.int(10, 180)) * dayMs;
    return {
      id: `opp-${i + 1}-${k + 1}`, accountId: id, collection: 'opportunities', name: `${random.pick(['Expansion', 'Renewal', 'Upsell', 'Cross-sell'])}: ${random.pick(topics.expansion!)}`,
      fields: { amount: random.int(5, 120) * 1000, stage, closeDate: isoDate(closes), probability: stage === 'Closed won' ? 100 : stage === 'Closed lost' ? 0 : random.int(2, 9) * 10 },
    };
  });
}
