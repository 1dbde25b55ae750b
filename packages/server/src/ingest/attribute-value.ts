/**
 * `attributeValueProblem`: whether a value fits an attribute's type (DESIGN.md "The dataset
 * file": number, currency and percent are finite numbers, dates ISO-8601, enums one of their
 * values); `null` always fits, it clears the value.
 */
import type { AttributeDefinition, AttributeValue } from '@successkit/core';

const isoPrefix = /^\d{4}-\d{2}-\d{2}/;

/** Why `value` does not fit `def`, or `null` when it does (`null` always fits: it clears). */
export function attributeValueProblem(def: AttributeDefinition, value: AttributeValue): string | null {
  if (value === null) return null;
  switch (def.type) {
    case 'number':
    case 'currency':
    case 'percent':
      return typeof value === 'number' && Number.isFinite(value) ? null : `expected a number for ${def.type} attribute "${def.key}"`;
    case 'boolean':
      return typeof value === 'boolean' ? null : `expected a boolean for attribute "${def.key}"`;
    case 'date':
      return typeof value === 'string' && isoPrefix.test(value) && !Number.isNaN(Date.parse(value)) ? null : `expected an ISO-8601 date for attribute "${def.key}"`;
    case 'enum':
      if (typeof value !== 'string') return `expected a string for enum attribute "${def.key}"`;
      return def.values && !def.values.includes(value) ? `"${value}" is not one of the values of enum attribute "${def.key}"` : null;
    case 'string':
      return typeof value === 'string' ? null : `expected a string for attribute "${def.key}"`;
  }
}

