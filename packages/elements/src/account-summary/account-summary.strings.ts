/**
 * Every user-visible string of `<account-summary>`, in one place, ready for translation: a host
 * replaces any of them through the element's `strings` property.
 */
import type { JobStage, SummarySectionName } from '@successkit/core';

/** The strings of `<account-summary>` (English defaults). */
export const accountSummaryStrings = {
  trigger: 'Account Summary',
  title: 'Account summary',
  close: 'Close',
  loading: 'Loading the summary…',
  copy: 'Copy',
  copied: 'Summary copied to the clipboard.',
  copyFailed: 'Could not copy the summary. Select the text and copy it instead.',
  like: 'Helpful',
  dislike: 'Not helpful',
  feedbackThanks: 'Thanks for your feedback.',
  dislikeReasonLabel: 'What could be better? (optional)',
  dislikeSend: 'Send feedback',
  dislikeSkip: 'Send without a reason',
  refresh: 'Refresh',
  settings: 'Summary settings',
  backToSummary: 'Back to the summary',
  retry: 'Retry',
  kpis: 'Key figures',
  evidence: 'Based on',
  noEvidence: 'No source data cited.',
  emptySection: 'Nothing to report.',
  dataChanged: 'Data changed since this summary was generated.',
  dataChangedSince: (changes: number, latest: string) =>
    `Data changed since this summary was generated: ${changes} ${changes === 1 ? 'change' : 'changes'}, the latest ${latest}.`,
  offline: 'Offline summary: written without AI from the account data.',
  writtenBy: (label: string) => `Written by ${label}`,
  generated: (ago: string) => `Generated ${ago}`,
  refreshes: (when: string) => `refreshes ${when}`,
  expired: 'expired',
  generating: 'Writing the summary',
  elapsed: 'Elapsed',
  stageNow: (stage: string) => `${stage}…`,
  previous: 'Previous summary, shown while a new one is written',
  noSummary: 'No summary yet.',
  withheld: (n: number) => `${n} ${n === 1 ? 'statement' : 'statements'} withheld: not supported by the account data.`,
  withheldKpis: (n: number) => `${n} key ${n === 1 ? 'figure is' : 'figures are'} shown as recorded in the account data.`,
  withheldDetails: 'What was withheld and why',
  withheldRepair: 'after the repair round',
  sections: {
    overview: 'Overview',
    usageAndEngagement: 'Usage & engagement',
    interactions: 'Interactions',
    sentiment: 'Sentiment',
    risks: 'Risks',
    renewal: 'Renewal',
    nextActions: 'Recommended next actions',
  } satisfies Record<SummarySectionName, string>,
  /** The four visible stages, in order ("Collecting data → Anonymizing → Writing → Checking"). */
  stages: {
    collecting: 'Collecting data',
    anonymizing: 'Anonymizing',
    writing: 'Writing',
    checking: 'Checking',
  } satisfies Partial<Record<JobStage, string>>,
  queued: 'Waiting to start',
  errors: {
    network: 'Could not reach the summary service. Check your connection and retry.',
    'generation-failed': 'The summary could not be written this time.',
    'rate-limited': 'Too many requests right now. Wait a moment and retry.',
    'budget-exceeded': "Today's summary budget is spent. Retry tomorrow or ask an admin.",
    'feature-disabled': 'Account summaries are switched off for your organisation.',
    forbidden: 'You do not have access to this summary.',
    'not-found': 'This account was not found.',
    unavailable: 'The summary service is unavailable. Retry in a moment.',
    'input-too-large': 'This account has too much data to summarise.',
    dropped: 'Lost the connection to the summary job. It keeps running: retry to follow it.',
    fallback: 'Something went wrong.',
  } as Record<string, string>,
};

/** The shape of `<account-summary>` strings. */
export type AccountSummaryStrings = typeof accountSummaryStrings;
