import { describe, expect, it } from 'vitest';
import { createGeneratorFromEnv } from './generator-from-env.ts';

describe('createGeneratorFromEnv', () => {
  const capture = () => {
    const lines: string[] = [];
    return { lines, logger: { info: (object: Record<string, unknown>, message: string) => lines.push(JSON.stringify({ ...object, message })) } };
  };

  it('uses the offline generator without OPENAI_API_KEY and says so', () => {
    const { lines, logger } = capture();
    const generator = createGeneratorFromEnv({}, { logger });
    expect(generator.info.kind).toBe('offline');
    expect(lines.join('\n')).toMatch(/offline/);
  });

  it('uses OpenAI with the key, base URL and model, and never logs the key', () => {
    const { lines, logger } = capture();
    const generator = createGeneratorFromEnv(
      { OPENAI_API_KEY: 'sk-secret-123', OPENAI_BASE_URL: 'http://127.0.0.1:1/v1', SUCCESSKIT_MODEL: 'gpt-4o-mini' },
      { logger },
    );
    expect(generator.info).toEqual({ kind: 'openai', model: 'gpt-4o-mini', label: 'gpt-4o-mini' });
    expect(lines.join('\n')).not.toContain('sk-secret-123');
    expect(lines.join('\n')).not.toContain('127.0.0.1');
  });

  it('defaults the model to gpt-4.1-mini', () => {
    expect(createGeneratorFromEnv({ OPENAI_API_KEY: 'k' }, { logger: { info() {} } }).info.model).toBe('gpt-4.1-mini');
  });

  it('reads SUCCESSKIT_STRUCTURED, logs the mode and rejects an unknown one by name', () => {
    const { lines, logger } = capture();
    createGeneratorFromEnv({ OPENAI_API_KEY: 'k', SUCCESSKIT_STRUCTURED: 'json_object' }, { logger });
    expect(JSON.parse(lines[0]!)).toMatchObject({ structured: 'json_object' });
    expect(() => createGeneratorFromEnv({ OPENAI_API_KEY: 'k', SUCCESSKIT_STRUCTURED: 'grammar' }, { logger })).toThrow(/SUCCESSKIT_STRUCTURED must be one of json_schema, json_object, tools/);
  });
});
