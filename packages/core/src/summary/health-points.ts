/**
 * Health data points of a summary input: the overall score, band and dimensions now, the trend
 * over the last weeks with the scores 4 and 12 weeks ago, and for a parent the direct children
 * per health band, naming the child that drives risk (the poor — else average — child with the
 * largest contract value, then the lowest score).
 */
import type { DatasetIndex } from '../dataset/dataset-index.ts';
import { computeHealthHistory } from '../health/health-history.ts';
import type { HealthEngine } from '../health/health-engine.ts';
import { keyPart, type SummaryDataPoint } from './summary-input.ts';

type Points = Record<string, SummaryDataPoint>;

/** Weeks of history read for the trend (a quarter). */
const historyWeeks = 13;

/** Overall health, dimensions and trend. */
export function healthPoints(index: DatasetIndex, engine: HealthEngine, accountId: string, asOf: string, points: Points): void {
  const health = engine.scoreAt(accountId, Date.parse(asOf));
  if (!health || health.score === null) return;
  points['health.overall'] = { label: 'Health score (0–100)', value: Math.round(health.score), unit: 'score' };
  if (health.band) points['health.band'] = { label: 'Health band', value: health.band };
  for (const d of health.dimensions) {
    if (d.score === null) continue;
    points[`health.dimension.${keyPart(d.key)}`] = { label: `Health dimension "${d.label}" (0–100)`, value: Math.round(d.score), unit: 'score' };
  }
  const history = computeHealthHistory({ health: engine }, accountId, asOf, historyWeeks);
  if (!history) return;
  points['health.trend'] = { label: `Health trend over the last ${history.trendWindowWeeks} weeks`, value: history.trend };
  for (const weeksAgo of [4, 12]) {
    const week = history.weeks[history.weeks.length - 1 - weeksAgo];
    if (week?.score === null || week === undefined) continue;
    points[`health.weeksAgo${weeksAgo}`] = { label: `Health score ${weeksAgo} weeks ago`, value: Math.round(week.score), unit: 'score' };
  }
}

/** Children per health band and the child driving risk. */
export function childHealthPoints(
  index: DatasetIndex,
  engine: HealthEngine,
  children: readonly string[],
  asOf: number,
  points: Points,
  /** The contract value per child, when the contract-value attribute is selected. */
  contract: { label: string; valueOf: (id: string) => number | null } | null,
): void {
  const bands = { poor: 0, average: 0, good: 0 };
  const scored: { id: string; band: 'poor' | 'average'; score: number; value: number | null }[] = [];
  for (const id of children) {
    const health = engine.scoreAt(id, asOf);
    if (!health?.band || health.score === null) continue;
    bands[health.band]++;
    if (health.band !== 'good') scored.push({ id, band: health.band, score: health.score, value: contract?.valueOf(id) ?? null });
  }
  if (bands.poor + bands.average + bands.good === 0) return;
  for (const band of ['poor', 'average', 'good'] as const) {
    points[`children.health.${band}`] = { label: `Direct sub-accounts in ${band} health`, value: bands[band], unit: 'count' };
  }
  const candidates = scored.some((c) => c.band === 'poor') ? scored.filter((c) => c.band === 'poor') : scored;
  candidates.sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity) || a.score - b.score || (a.id < b.id ? -1 : 1));
  const driver = candidates[0];
  if (!driver) return;
  points['children.riskDriver'] = { label: 'Sub-account driving risk', value: index.accountsById.get(driver.id)?.name ?? driver.id };
  points['children.riskDriver.health'] = { label: 'Health score of the sub-account driving risk', value: Math.round(driver.score), unit: 'score' };
  if (driver.value !== null && contract) {
    points['children.riskDriver.contractValue'] = { label: `${contract.label} of the sub-account driving risk`, value: driver.value, unit: 'currency' };
  }
}
