/**
 * Prices per million tokens used for the estimated cost stored with each summary and counted
 * against a tenant's daily budget. Estimates only: a host sets its own with `pricing`.
 */

/** USD per million input and output tokens. */
export interface ModelPricing {
  inputPerMillionUsd: number;
  outputPerMillionUsd: number;
}

/** List prices of common models (USD per 1M tokens). */
const knownModelPricing: Readonly<Record<string, ModelPricing>> = {
  'gpt-4.1': { inputPerMillionUsd: 2, outputPerMillionUsd: 8 },
  'gpt-4.1-mini': { inputPerMillionUsd: 0.4, outputPerMillionUsd: 1.6 },
  'gpt-4.1-nano': { inputPerMillionUsd: 0.1, outputPerMillionUsd: 0.4 },
  'gpt-4o': { inputPerMillionUsd: 2.5, outputPerMillionUsd: 10 },
  'gpt-4o-mini': { inputPerMillionUsd: 0.15, outputPerMillionUsd: 0.6 },
};

/** The pricing of a model: the given one, a known one (by prefix), or zero when unknown. */
export function pricingFor(model: string, override?: ModelPricing): ModelPricing {
  if (override) return override;
  const known = Object.keys(knownModelPricing)
    .sort((a, b) => b.length - a.length)
    .find((name) => model === name || model.startsWith(`${name}-`));
  return known ? knownModelPricing[known]! : { inputPerMillionUsd: 0, outputPerMillionUsd: 0 };
}

/** Estimated cost in USD of a generation. */
export function estimateCostUsd(pricing: ModelPricing, promptTokens: number, completionTokens: number): number {
  return (promptTokens * pricing.inputPerMillionUsd + completionTokens * pricing.outputPerMillionUsd) / 1_000_000;
}
