/**
 * `successkit key create --tenant T [--name N] [--store …]` prints a new service key once, alone
 * on the last line of stdout (the store keeps only its SHA-256); `key list --tenant T` lists a
 * tenant's keys (id, name, created, revoked); `key revoke --tenant T --id KEY_ID` revokes one.
 */
import { parseArgs } from 'node:util';
import { createServiceKey } from '../auth/service-keys.ts';
import { CliError, usageError } from './cli-error.ts';
import { createRecordStoreFromUrl } from './store-url.ts';

const usage = 'key create --tenant T [--name N] | key list --tenant T | key revoke --tenant T --id KEY_ID  [--store sqlite:PATH]';

/** Runs `key`. */
export async function keyCommand(args: string[], out: (line: string) => void = console.log): Promise<void> {
  const [action, ...rest] = args;
  const { values } = parseArgs({
    args: rest,
    options: { tenant: { type: 'string' }, name: { type: 'string' }, id: { type: 'string' }, store: { type: 'string', default: 'sqlite:./successkit.db' } },
    strict: true,
  });
  if (action !== 'create' && action !== 'list' && action !== 'revoke') throw usageError(`key: expected create, list or revoke (${usage})`);
  if (!values.tenant) throw usageError(`key ${action}: --tenant T is required`);
  if (action === 'revoke' && !values.id) throw usageError('key revoke: --id KEY_ID is required (see `successkit key list`)');
  const records = await createRecordStoreFromUrl(values.store);
  if (!records) throw usageError(`key: --store ${values.store.split('@').pop()} has no store of record (use sqlite:PATH or postgres://…)`);
  try {
    if (action === 'create') {
      const { record, secret } = await createServiceKey(records, { tenantId: values.tenant, name: values.name ?? 'default' });
      out(`service key ${record.id} "${record.name}" for tenant ${record.tenantId}; shown once, store it now:`);
      out(secret);
    } else if (action === 'list') {
      const keys = await records.serviceKeys.list(values.tenant);
      if (keys.length === 0) out(`no service keys for tenant ${values.tenant}`);
      for (const key of keys) out(`${key.id}\t${key.name}\tcreated ${key.createdAt}\t${key.revokedAt ? `revoked ${key.revokedAt}` : 'active'}`);
    } else {
      const revoked = await records.serviceKeys.revoke(values.tenant, values.id!, new Date().toISOString());
      if (!revoked) throw new CliError(`key revoke: tenant ${values.tenant} has no active key ${values.id}`);
      out(`revoked ${values.id}`);
    }
  } finally {
    await records.close();
  }
}
