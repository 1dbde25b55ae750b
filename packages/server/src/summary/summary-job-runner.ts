/**
 * `createSummaryJobRunner`: the `JobHandler` that runs one generation job through the
 * pipeline — load → build input → anonymize → generate → validate (schema + faithfulness) →
 * deanonymize → store. Each stage and each partial section (names restored, unfaithful
 * statements already left out) is written to the job store and published on the event bus as it
 * happens. A failed job records its problem and never touches the cached summary, so the last
 * good one stays.
 *
 * Withhold, don't fail (DESIGN.md "Account summaries", 4): statements failing the faithfulness
 * check are withheld from what the reader sees and kept with their reasons in the stored
 * record's `withheld`; failing KPIs show their input value. When statements were withheld, one
 * repair round sends them back with the reasons and merges the corrected ones that pass. The
 * job fails (`unfaithful`) only when a section the model wrote is still empty after that round,
 * or (`invalid-output`) when the output is not the schema.
 *
 * Under a queue that retries (BullMQ sets `finalAttempt`), a passing failure — the model
 * provider down or slow, a store unreachable — before anything was stored is rethrown so the
 * queue runs the job again after its backoff: the job goes back to `queued` with a `stage`
 * event carrying `retry`. Lasting failures (refusal, filtered or unfaithful output, limits)
 * and the final attempt fail the job as before.
 */
import { randomUUID } from 'node:crypto';
import {
  GenerationError,
  summaryOutputSchema,
  type Job,
  type JobEvent,
  type JobHandler,
  type JobStage,
  type StoredSummary,
  type SummarySectionName,
  type SummaryPayload,
  type SummaryStatement,
} from '@successkit/core';
import { HttpProblem } from '../http/http-problem.ts';
import { buildEvidence, deanonymize, deanonymizeOutput, SUMMARY_TTL_MS } from './summary-core.ts';
import { inputTokensOf } from './input-tokens.ts';
import { problemOfFailure, utcDay } from './summary-keys.ts';
import { addUsage, passingStatements, withholdAndRepair } from './summary-repair.ts';
import type { SummaryRuntime } from './summary-runtime.ts';

/** Progress reported when a stage starts. */
const stageProgress: Record<JobStage, number> = {
  queued: 0,
  collecting: 0.05,
  anonymizing: 0.15,
  writing: 0.25,
  checking: 0.85,
  storing: 0.95,
  done: 1,
  failed: 1,
};

/** Whether a failure may pass if the job runs again: the provider failing or slow, a store unreachable. */
function isRetryableFailure(error: unknown): boolean {
  if (error instanceof GenerationError) return error.kind === 'upstream' || error.kind === 'timeout';
  return error instanceof HttpProblem && error.problemType === 'unavailable';
}

/** Creates the job handler. */
export function createSummaryJobRunner(runtime: SummaryRuntime): JobHandler {
  const { stores } = runtime;
  const iso = () => new Date(runtime.now()).toISOString();

  return async (queued, signal) => {
    const { jobId, tenantId } = queued;
    const existing = await stores.jobs.get(tenantId, jobId);
    if (!existing || existing.status === 'succeeded' || existing.status === 'failed') return;

    const publish = (event: JobEvent) => stores.events.publish(jobId, event);
    let job: Job = existing;
    const setStage = async (stage: JobStage, patch: Partial<Job> = {}) => {
      const at = iso();
      job = (await stores.jobs.update(tenantId, jobId, { stage, progress: stageProgress[stage], updatedAt: at, ...patch })) ?? job;
      await publish({ type: 'stage', stage, progress: stageProgress[stage], at });
    };

    let stored = false;
    try {
      await setStage('collecting', { status: 'running' });
      const tenant = await runtime.data.get(tenantId);
      if (!tenant || !tenant.model.index.accountsById.has(queued.accountId))
        throw new HttpProblem('not-found', 'The account no longer exists.');
      const config = await runtime.currentConfig(tenant);
      if (!config.config.enabled) throw new HttpProblem('feature-disabled', 'Summaries are switched off for this tenant.');
      const asOf = iso();
      await setStage('anonymizing');
      const dataVersion = tenant.dataVersion;
      const prepared = runtime.prepare(tenant, queued.accountId, config, asOf);
      const inputTokens = inputTokensOf(prepared);
      if (inputTokens > runtime.limits.maxInputTokens)
        throw new GenerationError('input-too-large', `The summary input is about ${inputTokens} tokens, above the limit of ${runtime.limits.maxInputTokens}.`);

      await setStage('writing');
      // Sections reach subscribers at once; the job record follows in order, for late joiners.
      const sections: Partial<Record<SummarySectionName, SummaryStatement[]>> = {};
      let persisted: Promise<unknown> = Promise.resolve();
      const onSection = (section: SummarySectionName, statements: SummaryStatement[]) => {
        const passing = passingStatements(section, statements, prepared.payload as SummaryPayload);
        const restored = passing.map((s) => ({ text: deanonymize(s.text, prepared.mapping), evidence: [...s.evidence] }));
        sections[section] = restored;
        void publish({ type: 'section', section, statements: restored });
        const progress = stageProgress.writing + ((stageProgress.checking - stageProgress.writing) * Object.keys(sections).length) / 7;
        const snapshot = { ...sections };
        persisted = persisted.then(() =>
          stores.jobs.update(tenantId, jobId, { sections: snapshot, progress, updatedAt: iso() }).catch(() => null),
        );
      };
      const result = await runtime.generator.generate({ messages: prepared.messages, payload: prepared.payload, signal, onSection });
      await persisted;
      // Billed tokens count against the budget even when the output is then rejected.
      if (result.usage)
        await stores.usage.add(tenantId, utcDay(runtime.now()), result.usage.promptTokens + result.usage.completionTokens, result.usage.estimatedCostUsd);

      await setStage('checking');
      const payload = prepared.payload as SummaryPayload;
      const parsed = summaryOutputSchema.safeParse(result.output);
      if (!parsed.success) throw new GenerationError('invalid-output', 'The output does not match the summary schema.', { cause: parsed.error });
      const repaired = await withholdAndRepair(parsed.data, {
        generator: runtime.generator,
        messages: prepared.messages,
        payload,
        signal,
        onUsage: async (u) => void (await stores.usage.add(tenantId, utcDay(runtime.now()), u.promptTokens + u.completionTokens, u.estimatedCostUsd)),
        onRepairFailed: (error) => runtime.logger.warn({ jobId, tenantId, kind: error.kind }, 'summary repair round failed; the first answer stands'),
      });
      const { outcome } = repaired;
      const usage = addUsage(result.usage, repaired.usage);
      if (outcome.emptied.length > 0)
        throw new GenerationError('unfaithful', `No statement of ${outcome.emptied.join(', ')} is supported by the account data, even after a repair round.`);
      const output = deanonymizeOutput(outcome.output, prepared.mapping);

      await setStage('storing', { sections: output.sections });
      const generatedAt = asOf;
      const summary: StoredSummary = {
        id: randomUUID(),
        tenantId,
        accountId: queued.accountId,
        configVersion: queued.configVersion,
        generatedAt,
        expiresAt: new Date(Date.parse(generatedAt) + SUMMARY_TTL_MS).toISOString(),
        generator: result.generator,
        output,
        evidence: buildEvidence(outcome.output, payload, prepared.mapping),
        inputFingerprint: prepared.fingerprint,
        usage,
        dataVersion,
      };
      if (outcome.items.length > 0)
        summary.withheld = {
          statements: outcome.statements,
          kpis: outcome.kpis,
          repaired: outcome.repaired,
          items: outcome.items.map((item) => ({ ...item, text: deanonymize(item.text, prepared.mapping), evidence: [...item.evidence] })),
        };
      await stores.summaries.put(summary);
      stored = true;
      const finishedAt = iso();
      await setStage('done', { status: 'succeeded', summaryId: summary.id, finishedAt });
      await publish({ type: 'done', summary });
      runtime.logger.info(
        { jobId, tenantId, generator: result.generator.kind, usage, withheld: outcome.statements, kpisCorrected: outcome.kpis, repaired: outcome.repaired },
        'summary job succeeded',
      );
    } catch (error) {
      const problem = problemOfFailure(error);
      const kind = error instanceof GenerationError ? error.kind : error instanceof HttpProblem ? error.problemType : 'internal';
      if (queued.finalAttempt === false && !stored && isRetryableFailure(error)) {
        // The queue runs the job again after its backoff: back to queued, never failed.
        const nextAttempt = (queued.attempt ?? 1) + 1;
        runtime.logger.warn({ jobId, tenantId, kind, nextAttempt }, 'summary job attempt failed; it will retry');
        const at = iso();
        await stores.jobs
          .update(tenantId, jobId, { status: 'queued', stage: 'queued', progress: 0, sections: {}, updatedAt: at })
          .then(() => publish({ type: 'stage', stage: 'queued', progress: 0, at, retry: { nextAttempt, problem } }))
          .catch(() => undefined);
        throw error;
      }
      runtime.logger.warn({ jobId, tenantId, kind }, 'summary job failed');
      const at = iso();
      job =
        (await stores.jobs.update(tenantId, jobId, { status: 'failed', stage: 'failed', progress: 1, updatedAt: at, finishedAt: at, error: problem })) ??
        job;
      await publish({ type: 'stage', stage: 'failed', progress: 1, at });
      await publish({ type: 'failed', problem });
    }
  };
}
