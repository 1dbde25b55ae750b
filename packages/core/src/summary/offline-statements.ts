/**
 * The statements of the offline summary, written by rules from the payload's data points:
 * each statement states only values that are in the payload and cites the keys it uses, so
 * the output passes the faithfulness check by construction. Every section gets at least one
 * statement (saying what is missing when there is no data).
 *
 * Written to read as a person would write it: "a"/"an" by sound ("an Ultimate parent", "a user
 * group", "an MSP"), singular and plural by count ("1 task is overdue"), numbers rounded to what
 * the elements show, one direction per data point (a change that rounds to 0% is "about the
 * same", never "up 0%"), and no statement repeating another.
 */
import type { SummarySections, SummaryStatement } from './output-schema.ts';
import type { SummaryPayload } from './summary-input.ts';
import { article } from './offline-english.ts';
import { displayDecimals, formatNumber, formatValue } from './format-value.ts';

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
  /** The number as shown (rounded like `text`), for deciding words such as "up" or "1 task". */
  shown(key: string): number | undefined {
    const point = this.#payload.points[key];
    if (!point || typeof point.value !== 'number') return undefined;
    return Number(formatNumber(point.value, displayDecimals(point.unit, point.value)).replace(/,/g, ''));
  }
  /** "1 task" / "3 tasks", with the number as `text` writes it. */
  count(key: string, singular: string, plural = `${singular}s`): string {
    return `${this.text(key)} ${this.shown(key) === 1 ? singular : plural}`;
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
  const children = w.has('children.count') ? ` with ${w.count('children.count', 'direct sub-account')}` : '';
  out.push(w.say(`${w.text('account.name')} is ${article(w.text('account.type'))} ${w.text('account.type')} account${parent}${children}.`, 'account.name', 'account.type', 'account.parent', 'children.count'));
  const lifecycle = w.keys('lifecycle.');
  if (lifecycle.length > 0) out.push(w.say(`${lifecycle.map((k) => `${w.label(k)}: ${w.text(k)}`).join('; ')}.`, ...lifecycle));
  if (w.has('health.overall')) {
    const band = w.has('health.band') ? `${w.text('health.band')}: ` : '';
    out.push(w.say(`Health is ${band}${w.text('health.overall')} of 100.`, 'health.overall', 'health.band'));
  }
  return out;
}

function usage(w: Writer): SummaryStatement[] {
  if (!w.has('usage.activeUsers.last30')) return [w.say('No product usage is recorded for this account.', 'account.name')];
  const change = w.shown('usage.activeUsers.changePct');
  const trend = change === undefined ? '' : change === 0 ? ' (about the same)' : ` (${change > 0 ? 'up' : 'down'} ${formatValue(Math.abs(change), 'percent', null)})`;
  const out = [
    w.say(
      `Active users averaged ${w.text('usage.activeUsers.last30')} per day over the last 30 days, against ${w.text('usage.activeUsers.prev30')} in the 30 days before${trend}.`,
      'usage.activeUsers.last30', 'usage.activeUsers.prev30', 'usage.activeUsers.changePct',
    ),
  ];
  if (w.has('usage.activeDays.last30'))
    out.push(w.say(`The account was active on ${w.text('usage.activeDays.last30')} of the last 30 days (${w.text('usage.activeDays.prev30')} in the 30 days before).`, 'usage.activeDays.last30', 'usage.activeDays.prev30'));
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
    const verb = w.shown('touchpoints.total') === 1 ? 'was' : 'were';
    out.push(w.say(`${w.count('touchpoints.total', 'touchpoint')} ${verb} logged in the last 90 days (${w.text('touchpoints.last30')} in the last 30)${top}.`, 'touchpoints.total', 'touchpoints.last30', ...flows.slice(0, 1)));
    out.push(w.say(`The latest, ${w.text('touchpoints.daysSinceLast')} ago: "${w.text('touchpoints.recent.1')}".`, 'touchpoints.daysSinceLast', 'touchpoints.recent.1'));
  } else {
    out.push(w.say('No touchpoints were logged in the last 90 days.', 'touchpoints.total'));
  }
  const oldest = w.has('tasks.oldestOverdueDays') ? `, the oldest ${w.text('tasks.oldestOverdueDays')} late` : '';
  const [done, open, overdue] = [w.shown('tasks.completed90') ?? 0, w.shown('tasks.open') ?? 0, w.shown('tasks.overdue') ?? 0];
  const completed = done === 0 ? 'No task was completed in the last 90 days' : `${w.count('tasks.completed90', 'task')} ${done === 1 ? 'was' : 'were'} completed in the last 90 days`;
  const rest = open === 0 && overdue === 0 ? 'none is open' : `${w.text('tasks.open')} ${open === 1 ? 'is' : 'are'} open and ${w.text('tasks.overdue')} overdue${oldest}`;
  out.push(w.say(`${completed}; ${rest}.`, 'tasks.completed90', 'tasks.open', 'tasks.overdue', 'tasks.oldestOverdueDays'));
  return out;
}

function sentiment(w: Writer): SummaryStatement[] {
  const out: SummaryStatement[] = [];
  const moods = w.keys('touchpoints.bySentiment.');
  if (moods.length > 0) out.push(w.say(`Touchpoint sentiment over the last 90 days: ${moods.map((k) => `${w.text(k)} ${k.slice(k.lastIndexOf('.') + 1)}`).join(', ')}.`, ...moods));
  // The label counts the contacts ("Average NPS of 3 contacts who answered"); the sentence does not repeat it.
  if (w.has('contacts.npsAverage')) out.push(w.say(`Contacts who answered the NPS survey give it ${w.text('contacts.npsAverage')} on average.`, 'contacts.npsAverage'));
  if (w.has('attr.nps')) out.push(w.say(`${w.label('attr.nps')} is ${w.text('attr.nps')}.`, 'attr.nps'));
  if (w.has('health.trend')) {
    const before = w.has('health.weeksAgo4') ? ` (from ${w.text('health.weeksAgo4')} four weeks ago)` : '';
    out.push(w.say(`${w.label('health.trend')}: ${w.text('health.trend')}${before}.`, 'health.trend', 'health.weeksAgo4'));
  }
  if (out.length === 0) out.push(w.say('No sentiment signal is recorded.', 'touchpoints.total'));
  return out;
}

function risks(w: Writer): SummaryStatement[] {
  const out: SummaryStatement[] = [];
  const band = w.raw('health.band');
  if (band === 'poor' || band === 'average') out.push(w.say(`A health score of ${w.text('health.overall')} (${band}) leaves little margin.`, 'health.band', 'health.overall'));
  const change = w.shown('usage.activeUsers.changePct');
  if (change !== undefined && change < 0) out.push(w.say(`Active users are down ${formatValue(Math.abs(change), 'percent', null)} against the 30 days before.`, 'usage.activeUsers.changePct'));
  if (w.has('children.riskDriver')) {
    const value = w.has('children.riskDriver.contractValue') ? ` and ${w.text('children.riskDriver.contractValue')} of contract value` : '';
    out.push(w.say(`Sub-account ${w.text('children.riskDriver')} drives risk, with a health score of ${w.text('children.riskDriver.health')}${value}.`, 'children.riskDriver', 'children.riskDriver.health', 'children.riskDriver.contractValue'));
  }
  const overdue = w.shown('tasks.overdue') ?? 0;
  if (overdue > 0) out.push(w.say(`${w.count('tasks.overdue', 'task')} ${overdue === 1 ? 'is' : 'are'} overdue.`, 'tasks.overdue'));
  const negative = w.shown('touchpoints.bySentiment.negative') ?? 0;
  if (negative > 0) out.push(w.say(`${w.count('touchpoints.bySentiment.negative', 'touchpoint')} in the last 90 days ${negative === 1 ? 'was' : 'were'} negative.`, 'touchpoints.bySentiment.negative'));
  if ((w.num('touchpoints.daysSinceLast') ?? 0) > 30) out.push(w.say(`No touchpoint for ${w.text('touchpoints.daysSinceLast')}.`, 'touchpoints.daysSinceLast'));
  if (out.length === 0) out.push(w.say('No risk signal stands out in the data.', ...['health.overall', 'usage.trend', 'tasks.overdue'].filter((k) => w.has(k))));
  return out;
}

function renewal(w: Writer): SummaryStatement[] {
  const days = w.num('renewal.daysTo');
  if (days === undefined) return [w.say('No renewal date is available.', 'account.name')];
  const when = days === 0 ? 'today' : days > 0 ? `in ${w.text('renewal.daysTo')}` : `${formatValue(Math.abs(days), 'days', null)} ago`;
  const out = [w.say(`Renewal is on ${w.text('renewal.date')}, ${when}.`, 'renewal.date', 'renewal.daysTo')];
  if (days >= 0 && days <= 120 && w.has('health.band')) out.push(w.say(`It comes up while health is ${w.text('health.band')}.`, 'renewal.daysTo', 'health.band'));
  return out;
}

function nextActions(w: Writer): SummaryStatement[] {
  const team = w.keys('team.');
  const owner = team[0] ? ` (${w.label(team[0]).replace(/^Team: /, '')}: ${w.text(team[0])})` : '';
  const out: SummaryStatement[] = [];
  const overdue = w.shown('tasks.overdue') ?? 0;
  if (overdue === 1 && w.has('tasks.overdueList.1')) out.push(w.say(`Close the overdue task "${w.text('tasks.overdueList.1')}"${owner}.`, 'tasks.overdue', 'tasks.overdueList.1', ...team.slice(0, 1)));
  else if (overdue > 1 && w.has('tasks.overdueList.1')) out.push(w.say(`Close the ${w.text('tasks.overdue')} overdue tasks, starting with "${w.text('tasks.overdueList.1')}"${owner}.`, 'tasks.overdue', 'tasks.overdueList.1', ...team.slice(0, 1)));
  const days = w.num('renewal.daysTo');
  if (days !== undefined && days >= 0 && days <= 120) out.push(w.say(`Prepare the renewal due in ${w.text('renewal.daysTo')}${owner}.`, 'renewal.daysTo', ...team.slice(0, 1)));
  if (w.has('children.riskDriver')) out.push(w.say(`Review ${w.text('children.riskDriver')}, the sub-account driving risk.`, 'children.riskDriver'));
  const change = w.shown('usage.activeUsers.changePct');
  if (w.raw('usage.trend') === 'down' && (change === undefined || change < 0)) out.push(w.say('Review adoption with the customer: usage is trending down.', 'usage.trend'));
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
