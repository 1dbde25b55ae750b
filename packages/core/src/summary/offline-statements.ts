/**
 * The statements of the offline summary, written by rules from the payload's data points:
 * each statement states only values that are in the payload and cites the keys it uses, so
 * the output passes the faithfulness check by construction. Every section gets at least one
 * statement (saying what is missing when there is no data).
 */
import type { SummarySections, SummaryStatement } from './output-schema.ts';
import type { SummaryPayload } from './summary-input.ts';
import { formatValue } from './format-value.ts';

/** Reads points of a payload and writes statements citing them. */
class Writer {
  readonly #payload: SummaryPayload;
  constructor(payload: SummaryPayload) {
    this.#payload = payload;
  }
  has(key: string): boolean {
    return Object.hasOwn(this.#payload.points, key);
  }
  raw(key: string): unknown {
    return this.has(key) ? this.#payload.points[key]!.value : undefined;
  }
  num(key: string): number | undefined {
    const v = this.raw(key);
    return typeof v === 'number' ? v : undefined;
  }
  text(key: string): string {
    const point = this.#payload.points[key]!;
    return formatValue(point.value, point.unit, this.#payload.currency);
  }
  label(key: string): string {
    return this.#payload.points[key]!.label;
  }
  keys(prefix: string): string[] {
    return Object.keys(this.#payload.points).filter((k) => k.startsWith(prefix));
  }
  say(text: string, ...evidence: string[]): SummaryStatement {
    return { text, evidence: evidence.filter((k) => this.has(k)) };
  }
}

function overview(w: Writer): SummaryStatement[] {
  const out: SummaryStatement[] = [];
  const parent = w.has('account.parent') ? ` under ${w.text('account.parent')}` : '';
  const children = w.has('children.count') ? ` with ${w.text('children.count')} direct sub-accounts` : '';
  out.push(w.say(`${w.text('account.name')} is ${article(w.text('account.type'))} ${w.text('account.type')} account${parent}${children}.`, 'account.name', 'account.type', 'account.parent', 'children.count'));
  const lifecycle = w.keys('lifecycle.');
  if (lifecycle.length > 0) out.push(w.say(`${lifecycle.map((k) => `${w.label(k)}: ${w.text(k)}`).join('; ')}.`, ...lifecycle));
  if (w.has('health.overall')) {
    const band = w.has('health.band') ? `${w.text('health.band')}, ` : '';
    out.push(w.say(`Health is ${band}${w.text('health.overall')} of 100.`, 'health.overall', 'health.band'));
  }
  return out;
}

function usage(w: Writer): SummaryStatement[] {
  if (!w.has('usage.activeUsers.last30')) return [w.say('No product usage is recorded for this account.', 'account.name')];
  const change = w.num('usage.activeUsers.changePct');
  const trend = change === undefined ? '' : ` (${change >= 0 ? 'up' : 'down'} ${Math.abs(change)}%)`;
  const out = [
    w.say(
      `Active users averaged ${w.text('usage.activeUsers.last30')} per day over the last 30 days, against ${w.text('usage.activeUsers.prev30')} in the 30 days before${trend}.`,
      'usage.activeUsers.last30', 'usage.activeUsers.prev30', 'usage.activeUsers.changePct', 'usage.trend',
    ),
    w.say(`The account was active on ${w.text('usage.activeDays.last30')} of the last 30 days (${w.text('usage.activeDays.prev30')} in the 30 days before).`, 'usage.activeDays.last30', 'usage.activeDays.prev30'),
  ];
  const modules = w.keys('usage.modules.');
  if (modules.length > 0) {
    const list = modules.map((k) => `${w.label(k).replace(/^Module "(.*)" use.*$/, '$1')} (${w.text(k)})`).join(', ');
    out.push(w.say(`Most used modules over the last 30 days: ${list}.`, ...modules));
  }
  return out;
}

function interactions(w: Writer): SummaryStatement[] {
  const out: SummaryStatement[] = [];
  const flows = w.keys('touchpoints.byFlow.');
  if (w.num('touchpoints.total')) {
    const top = flows[0] ? `, most in ${w.label(flows[0]).replace(/^Touchpoints in (flow ".*"),.*$/, '$1')} (${w.text(flows[0])})` : '';
    out.push(w.say(`${w.text('touchpoints.total')} touchpoints were logged in the last 90 days (${w.text('touchpoints.last30')} in the last 30)${top}.`, 'touchpoints.total', 'touchpoints.last30', ...flows.slice(0, 1)));
    out.push(w.say(`The latest, ${w.text('touchpoints.daysSinceLast')} ago: "${w.text('touchpoints.recent.1')}".`, 'touchpoints.daysSinceLast', 'touchpoints.recent.1'));
  } else {
    out.push(w.say('No touchpoints were logged in the last 90 days.', 'touchpoints.total'));
  }
  const oldest = w.has('tasks.oldestOverdueDays') ? `, the oldest ${w.text('tasks.oldestOverdueDays')} late` : '';
  out.push(
    w.say(
      `${w.text('tasks.completed90')} tasks were completed in the last 90 days; ${w.text('tasks.open')} are open and ${w.text('tasks.overdue')} overdue${oldest}.`,
      'tasks.completed90', 'tasks.open', 'tasks.overdue', 'tasks.oldestOverdueDays',
    ),
  );
  return out;
}

function sentiment(w: Writer): SummaryStatement[] {
  const out: SummaryStatement[] = [];
  const moods = w.keys('touchpoints.bySentiment.');
  if (moods.length > 0) out.push(w.say(`Touchpoint sentiment over the last 90 days: ${moods.map((k) => `${w.text(k)} ${k.slice(k.lastIndexOf('.') + 1)}`).join(', ')}.`, ...moods));
  if (w.has('contacts.npsAverage')) out.push(w.say(`${w.label('contacts.npsAverage')}: ${w.text('contacts.npsAverage')}.`, 'contacts.npsAverage'));
  if (w.has('attr.nps')) out.push(w.say(`${w.label('attr.nps')} is ${w.text('attr.nps')}.`, 'attr.nps'));
  if (w.has('health.trend')) {
    const before = w.has('health.weeksAgo4') ? ` (${w.text('health.weeksAgo4')} 4 weeks ago)` : '';
    out.push(w.say(`${w.label('health.trend')}: ${w.text('health.trend')}${before}.`, 'health.trend', 'health.weeksAgo4'));
  }
  if (out.length === 0) out.push(w.say('No sentiment signal is recorded.', 'touchpoints.total'));
  return out;
}

function risks(w: Writer): SummaryStatement[] {
  const out: SummaryStatement[] = [];
  const band = w.raw('health.band');
  if (band === 'poor' || band === 'average') out.push(w.say(`Health is ${band} at ${w.text('health.overall')} of 100.`, 'health.band', 'health.overall'));
  const change = w.num('usage.activeUsers.changePct');
  if (w.raw('usage.trend') === 'down' && change !== undefined) out.push(w.say(`Active users are down ${Math.abs(change)}% against the 30 days before.`, 'usage.activeUsers.changePct', 'usage.trend'));
  if (w.has('children.riskDriver')) {
    const value = w.has('children.riskDriver.contractValue') ? ` and ${w.text('children.riskDriver.contractValue')} of contract value` : '';
    out.push(w.say(`Sub-account ${w.text('children.riskDriver')} drives risk, with a health score of ${w.text('children.riskDriver.health')}${value}.`, 'children.riskDriver', 'children.riskDriver.health', 'children.riskDriver.contractValue'));
  }
  if ((w.num('tasks.overdue') ?? 0) > 0) out.push(w.say(`${w.text('tasks.overdue')} tasks are overdue.`, 'tasks.overdue'));
  if ((w.num('touchpoints.bySentiment.negative') ?? 0) > 0) out.push(w.say(`${w.text('touchpoints.bySentiment.negative')} touchpoints in the last 90 days were negative.`, 'touchpoints.bySentiment.negative'));
  if ((w.num('touchpoints.daysSinceLast') ?? 0) > 30) out.push(w.say(`No touchpoint for ${w.text('touchpoints.daysSinceLast')}.`, 'touchpoints.daysSinceLast'));
  if (out.length === 0) out.push(w.say('No risk signal stands out in the data.', ...['health.overall', 'usage.trend', 'tasks.overdue'].filter((k) => w.has(k))));
  return out;
}

function renewal(w: Writer): SummaryStatement[] {
  const days = w.num('renewal.daysTo');
  if (days === undefined) return [w.say('No renewal date is available.', 'account.name')];
  const when = days >= 0 ? `in ${w.text('renewal.daysTo')}` : `${formatValue(Math.abs(days), 'days', null)} ago`;
  const out = [w.say(`Renewal is on ${w.text('renewal.date')}, ${when}.`, 'renewal.date', 'renewal.daysTo')];
  if (days >= 0 && days <= 120 && w.has('health.band')) out.push(w.say(`It comes up with health ${w.text('health.band')}.`, 'renewal.daysTo', 'health.band'));
  return out;
}

function nextActions(w: Writer): SummaryStatement[] {
  const team = w.keys('team.');
  const owner = team[0] ? ` (${w.label(team[0]).replace(/^Team: /, '')}: ${w.text(team[0])})` : '';
  const out: SummaryStatement[] = [];
  if ((w.num('tasks.overdue') ?? 0) > 0) out.push(w.say(`Close the ${w.text('tasks.overdue')} overdue tasks, starting with "${w.text('tasks.overdueList.1')}"${owner}.`, 'tasks.overdue', 'tasks.overdueList.1', ...team.slice(0, 1)));
  const days = w.num('renewal.daysTo');
  if (days !== undefined && days >= 0 && days <= 120) out.push(w.say(`Prepare the renewal due in ${w.text('renewal.daysTo')}${owner}.`, 'renewal.daysTo', ...team.slice(0, 1)));
  if (w.has('children.riskDriver')) out.push(w.say(`Review ${w.text('children.riskDriver')}, the sub-account driving risk.`, 'children.riskDriver'));
  if (w.raw('usage.trend') === 'down') out.push(w.say('Review adoption with the customer: usage is trending down.', 'usage.trend'));
  if ((w.num('touchpoints.daysSinceLast') ?? 0) > 30 || w.num('touchpoints.total') === 0) out.push(w.say('Reach out: there has been no recent touchpoint.', 'touchpoints.total', 'touchpoints.daysSinceLast'));
  if (out.length === 0) out.push(w.say(`Keep the current cadence of touchpoints${owner}.`, 'touchpoints.total', ...team.slice(0, 1)));
  return out;
}

/** Writes all seven sections from a payload. */
export function writeOfflineSections(payload: SummaryPayload): SummarySections {
  const w = new Writer(payload);
  return {
    overview: overview(w),
    usageAndEngagement: usage(w),
    interactions: interactions(w),
    sentiment: sentiment(w),
    risks: risks(w),
    renewal: renewal(w),
    nextActions: nextActions(w),
  };
}

/** The header KPIs of a payload, formatted. */
export function writeOfflineKpis(payload: SummaryPayload): { key: string; label: string; value: string }[] {
  const w = new Writer(payload);
  return payload.kpis.filter((k) => w.has(k)).map((key) => ({ key, label: w.label(key), value: w.text(key) }));
}

/** "a" or "an" before a word (English). */
function article(word: string): string {
  return /^[aeiou]/i.test(word.trim()) ? 'an' : 'a';
}
