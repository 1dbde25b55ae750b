/**
 * People of a synthetic dataset: users (a head of customer success, directors, managers and
 * individual contributors — at least three levels of management), teams, the contacts of each
 * company (emails and phone numbers in several formats), and which users are assigned to each
 * account in which team role.
 */
import type { Assignment, Contact, Team, User } from '../dataset/schema.ts';
import { firstNames, lastNames, titles } from './names.ts';
import { createRandom, mix } from './prng.ts';
import { accountId, roleOfUser, userId, type SyntheticPlan, type TeamRole } from './synthetic-plan.ts';

/** The teams of a synthetic tenant. */
export const syntheticTeams: Team[] = [
  { id: 'team-leadership', name: 'CS Leadership' },
  { id: 'team-enterprise-cs', name: 'Enterprise CS' },
  { id: 'team-mid-market-cs', name: 'Mid-Market CS' },
  { id: 'team-onboarding', name: 'Onboarding' },
  { id: 'team-sales', name: 'Account Executives' },
  { id: 'team-support', name: 'Support' },
];

const roleTeam: Record<TeamRole, string> = {
  CSM: 'team-enterprise-cs',
  'Onboarding Manager': 'team-onboarding',
  AE: 'team-sales',
  'Support Manager': 'team-support',
};

/** A person's name from a seed. */
export function personName(seed: number): { first: string; last: string } {
  const random = createRandom(seed);
  return { first: random.pick(firstNames), last: random.pick(lastNames) };
}

/** User `u`. */
export function syntheticUser(plan: SyntheticPlan, u: number): User {
  const { first, last } = personName(mix(plan.seed, u, 0x05e4));
  const email = `${first}.${last}${u + 1}@successkit-demo.example`.toLowerCase();
  const name = `${first} ${last}`;
  if (u === 0) return { id: userId(u), name, email, seat: 'practitioner', managerId: null, teamIds: ['team-leadership'] };
  if (u <= plan.directors) return { id: userId(u), name, email, seat: 'practitioner', managerId: userId(0), teamIds: ['team-leadership'] };
  if (u <= plan.directors + plan.managers) {
    return { id: userId(u), name, email, seat: 'practitioner', managerId: userId(1 + (u % plan.directors)), teamIds: ['team-leadership'] };
  }
  const role = roleOfUser(u);
  const team = role === 'CSM' && u % 2 === 1 ? 'team-mid-market-cs' : roleTeam[role];
  const manager = 1 + plan.directors + (u % plan.managers);
  const seat = role === 'AE' ? 'contributor' : u % 11 === 0 ? 'viewer' : 'practitioner';
  return { id: userId(u), name, email, seat, managerId: userId(manager), teamIds: [team] };
}

const phoneFormats = [
  (r: ReturnType<typeof createRandom>) => `+1 415 555 0${r.int(100, 199)}`,
  (r: ReturnType<typeof createRandom>) => `(212) 555-0${r.int(100, 199)}`,
  (r: ReturnType<typeof createRandom>) => `+44 20 7946 0${r.int(100, 999)}`,
  (r: ReturnType<typeof createRandom>) => `020 7946 0${r.int(100, 999)}`,
  (r: ReturnType<typeof createRandom>) => `+49 30 ${r.int(1000000, 9999999)}`,
  (r: ReturnType<typeof createRandom>) => `+61 2 9${r.int(1000000, 9999999)}`,
];

/** How many contacts company `c` has. */
export function contactCount(plan: SyntheticPlan, c: number): number {
  return 1 + (mix(plan.seed, c, 0xc0c0) % 4);
}

/** Contact `k` of company `c` (linked to the company and, sometimes, one of its accounts). */
export function syntheticContact(plan: SyntheticPlan, c: number, k: number, domain: string): Contact {
  const random = createRandom(mix(plan.seed, c, k, 0xc047));
  const { first, last } = personName(mix(plan.seed, c, k, 0x9a3e));
  const accountIds = [accountId(c)];
  const size = plan.size[c]!;
  if (size > 1 && random.chance(0.5)) accountIds.push(accountId(c + random.int(1, size - 1)));
  const contact: Contact = { id: `contact-${c + 1}-${k + 1}`, name: `${first} ${last}`, email: `${first}.${last}@${domain}`.toLowerCase(), accountIds };
  if (random.chance(0.85)) contact.phone = random.pick(phoneFormats)(random);
  contact.title = random.pick(titles);
  if (random.chance(0.6)) contact.nps = random.int(-4, 10) * 10;
  return contact;
}

/** Users assigned to account `i`, per role (absent roles have no assignment). */
export function assignmentsOf(plan: SyntheticPlan, i: number, facts: { contractStatus: unknown; supportTickets: unknown }): Assignment[] {
  const c = plan.company[i]!;
  const random = createRandom(mix(plan.seed, i, 0xa551));
  const pick = (role: TeamRole, key: number): string | null => {
    const pool = plan.pools[role];
    return pool.length ? userId(pool[mix(plan.seed, key, role.length) % pool.length]!) : null;
  };
  const out: Assignment[] = [];
  const push = (role: TeamRole, user: string | null) => user && out.push({ accountId: accountId(i), userId: user, role });
  const type = plan.type[i]!;
  if (type === 0) {
    push('CSM', pick('CSM', c));
    push('AE', pick('AE', c));
  } else if (type === 3) {
    push('CSM', random.chance(0.75) ? pick('CSM', c) : pick('CSM', i));
    if (facts.contractStatus === 'trial' || random.chance(0.2)) push('Onboarding Manager', pick('Onboarding Manager', i));
    if (random.chance(0.4)) push('AE', pick('AE', c));
    if ((typeof facts.supportTickets === 'number' && facts.supportTickets > 6) || random.chance(0.15)) push('Support Manager', pick('Support Manager', i));
  } else if (random.chance(0.3)) {
    push('CSM', pick('CSM', c));
  }
  return out;
}
