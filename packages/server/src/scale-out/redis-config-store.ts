/**
 * Versioned summary configuration on Redis. The version is an atomic counter per tenant; a
 * Lua script bumps it and writes the document in one step, so racing saves get distinct
 * versions and the stored document is always the newest. The built-in defaults are version 1,
 * so the first save is version 2.
 */
import type { ConfigStore, VersionedSummaryConfig } from '@successkit/core';
import type { Redis } from 'ioredis';
import { defineScript, guard, keyPart } from './redis-connection.ts';

// KEYS[1] version counter, KEYS[2] document; ARGV[1] the document's JSON without `version`,
// starting with '{' and at least one member. Returns the new version.
const saveConfig = `
local version = redis.call('INCR', KEYS[1])
if version == 1 then version = redis.call('INCR', KEYS[1]) end
redis.call('SET', KEYS[2], '{"version":' .. version .. ',' .. string.sub(ARGV[1], 2))
return version`;

/** Creates the Redis config store. */
export function createRedisConfigStore(redis: Redis, prefix: string): ConfigStore {
  const save = defineScript<number>(redis, 'skConfigSave', 2, saveConfig);
  const documentKey = (tenantId: string): string => `${prefix}cfg:${keyPart(tenantId)}`;
  const versionKey = (tenantId: string): string => `${prefix}cfg:version:${keyPart(tenantId)}`;
  return {
    get: (tenantId) =>
      guard(async () => {
        const json = await redis.get(documentKey(tenantId));
        return json ? (JSON.parse(json) as VersionedSummaryConfig) : null;
      }),
    save: (tenantId, config, userId, at) =>
      guard(async () => {
        const rest = { config, updatedAt: at, updatedBy: userId };
        const version = await save([versionKey(tenantId), documentKey(tenantId)], [JSON.stringify(rest)]);
        return { version: Number(version), ...rest };
      }),
  };
}
