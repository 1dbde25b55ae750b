/**
 * Every user-visible string of `<summary-settings>`, in one place, ready for translation: a host
 * replaces any of them through the element's `strings` property.
 */

/** The strings of `<summary-settings>` (English defaults). */
export const summarySettingsStrings = {
  loading: 'Loading the summary settings…',
  loadFailed: 'Could not load the summary settings.',
  retry: 'Retry',
  enabledLegend: 'Account summaries',
  enabled: 'Summaries are on for everyone in the organisation',
  kpisLegend: 'Header KPIs (at most 4)',
  kpisHelp: 'Drag a KPI to reorder it, or use its Move up and Move down buttons.',
  kpisEmpty: 'No header KPIs chosen.',
  moveUp: (label: string) => `Move ${label} up`,
  moveDown: (label: string) => `Move ${label} down`,
  remove: (label: string) => `Remove ${label}`,
  moved: (label: string, position: number, count: number) => `${label} moved to position ${position} of ${count}.`,
  removed: (label: string) => `${label} removed from the KPIs.`,
  added: (label: string) => `${label} added to the KPIs.`,
  addKpiLabel: 'Add a KPI',
  addKpiChoose: 'Choose an attribute…',
  addKpi: 'Add',
  kpisFull: 'Four KPIs chosen: remove one to add another.',
  categoriesLegend: 'Data-point categories to include',
  categories: { keyInfo: 'Key info', valueMetrics: 'Value metrics', health: 'Health', custom: 'Custom attributes' },
  systemAlways: 'System attributes are always included.',
  includeLegend: 'Attributes to include for in-depth analysis (at most 10)',
  includeWarning:
    'These attributes are sent to the AI model unmasked: they are not anonymized, even when they hold personal data. Choose only what the analysis needs.',
  includeCount: (n: number, max: number) => `${n} of ${max} chosen`,
  ignoreLegend: 'Attributes to ignore',
  ignoreHelp: 'Ignored attributes are never sent.',
  personal: 'personal data',
  restricted: 'restricted: never sent',
  previewLegend: 'Preview',
  previewHelp: 'Shows exactly what would leave the server for a sample account, with this draft.',
  previewAccount: 'Sample account id (optional)',
  previewButton: 'Preview what is sent',
  previewLoading: 'Building the preview…',
  previewTokens: (n: number) => `About ${n} tokens.`,
  previewPayload: 'Anonymized input',
  save: 'Save',
  saving: 'Saving…',
  cancel: 'Cancel',
  saved: (version: number) => `Saved. New summaries use version ${version}.`,
  invalid: 'The settings were not saved:',
  failed: 'Could not save the settings.',
  fields: {
    kpis: 'Header KPIs',
    includeAttributes: 'Attributes to include',
    ignoreAttributes: 'Attributes to ignore',
    categories: 'Categories',
    enabled: 'Summaries',
  } as Record<string, string>,
};

/** The shape of `<summary-settings>` strings. */
export type SummarySettingsStrings = typeof summarySettingsStrings;
