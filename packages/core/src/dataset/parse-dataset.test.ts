import { describe, expect, it } from 'vitest';
import { DatasetError } from './dataset-error.ts';
import { parseDataset, parseDatasetText } from './parse-dataset.ts';

/** A small valid dataset touching every list; each case below breaks one thing in a copy. */
function valid() {
  return {
    version: 1,
    tenant: { id: 't1', name: 'Tenant' },
    accountTypes: [
      { id: 'company', name: 'Company', parentTypeId: null },
      { id: 'region', name: 'Region', parentTypeId: 'company' },
    ],
    attributes: [
      { key: 'arr', label: 'ARR', type: 'currency', category: 'valueMetrics', rollup: 'sum' },
      { key: 'seats', label: 'Seats', type: 'number', category: 'valueMetrics', rollup: 'sum' },
      { key: 'util', label: 'Utilization', type: 'percent', category: 'valueMetrics', rollup: { fn: 'weightedAvg', weightKey: 'seats' } },
      { key: 'status', label: 'Status', type: 'enum', category: 'keyInfo', values: ['active', 'trial', ''] },
      { key: 'renewal', label: 'Renewal', type: 'date', category: 'keyInfo' },
    ] as Record<string, unknown>[],
    accounts: [
      { id: 'acme', name: 'Acme', typeId: 'company', parentId: null, attributes: { status: 'active' } },
      { id: 'acme-emea', name: 'Acme EMEA', typeId: 'region', parentId: 'acme', attributes: { arr: 100, seats: 10, util: 50, renewal: '2026-06-01' } },
    ] as Record<string, unknown>[],
    users: [
      { id: 'u1', name: 'Uma', email: 'uma@example.com', seat: 'practitioner', managerId: null, teamIds: ['team-a'] },
      { id: 'u2', name: 'Sam', email: 'sam@example.com', seat: 'viewer', managerId: 'u1' },
    ] as Record<string, unknown>[],
    teams: [{ id: 'team-a', name: 'Team A' }],
    contacts: [{ id: 'c1', name: 'Jane', accountIds: ['acme', 'acme-emea'] }] as Record<string, unknown>[],
    assignments: [{ accountId: 'acme', userId: 'u1', role: 'CSM' }] as Record<string, unknown>[],
    touchpoints: [{ id: 'tp1', accountId: 'acme', userId: 'u1', flow: 'adoption', type: 'call', at: '2026-01-10T10:00:00Z' }] as Record<string, unknown>[],
    tasks: [{ id: 'k1', accountId: 'acme', userId: 'u2', flow: 'renewal', dueAt: '2026-01-20', completedAt: null }] as Record<string, unknown>[],
    usage: [{ accountId: 'acme-emea', date: '2026-01-10', activeUsers: 4 }] as Record<string, unknown>[],
    healthProfiles: [
      {
        id: 'hp1',
        accountTypeId: 'region',
        bands: { poor: 40, good: 70 },
        dimensions: [{ key: 'adoption', label: 'Adoption', weight: 1, measures: [{ key: 'u', label: 'U', weight: 1, source: { type: 'attribute', key: 'util' }, rule: { type: 'range', min: 0, max: 100 } }] }],
      },
    ] as Record<string, any>[], // eslint-disable-line @typescript-eslint/no-explicit-any
    attributeHistory: [{ accountId: 'acme-emea', key: 'arr', at: '2026-01-05T00:00:00Z', old: 80, new: 100 }] as Record<string, unknown>[],
  };
}
type Doc = ReturnType<typeof valid>;

function problemsOf(doc: unknown) {
  try {
    parseDataset(doc);
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    return (error as DatasetError).problems;
  }
  throw new Error('expected a DatasetError');
}

const cases: [name: string, break_: (d: Doc) => void, path: string, message: RegExp][] = [
  ['unknown key on an account', (d) => (d.accounts[0]!.colour = 'red'), 'accounts[0].colour', /unknown key/],
  ['unknown top-level key', (d) => Object.assign(d, { extra: true }), 'extra', /unknown key/],
  ['wrong type of a name', (d) => (d.accounts[1]!.name = 42), 'accounts[1].name', /string/],
  ['wrong version', (d) => Object.assign(d, { version: 3 }), 'version', /.+/],
  ['bad seat', (d) => (d.users[1]!.seat = 'admin'), 'users[1].seat', /.+/],
  ['bad touchpoint time', (d) => (d.touchpoints[0]!.at = 'yesterday'), 'touchpoints[0].at', /ISO/],
  ['duplicate account id', (d) => d.accounts.push({ id: 'acme', name: 'Again', typeId: 'company', parentId: null, attributes: {} }), 'accounts[2].id', /duplicate id "acme"/],
  ['duplicate user id', (d) => (d.users[1]!.id = 'u1'), 'users[1].id', /duplicate/],
  ['duplicate attribute key', (d) => d.attributes.push({ key: 'arr', label: 'ARR 2', type: 'number', category: 'custom' }), 'attributes[5].key', /duplicate key "arr"/],
  ['dangling parentId', (d) => (d.accounts[1]!.parentId = 'nobody'), 'accounts[1].parentId', /unknown parent account "nobody"/],
  ['dangling typeId', (d) => (d.accounts[1]!.typeId = 'galaxy'), 'accounts[1].typeId', /unknown account type "galaxy"/],
  ['dangling assignment userId', (d) => (d.assignments[0]!.userId = 'ghost'), 'assignments[0].userId', /unknown user "ghost"/],
  ['dangling touchpoint accountId', (d) => (d.touchpoints[0]!.accountId = 'gone'), 'touchpoints[0].accountId', /unknown account "gone"/],
  ['dangling managerId', (d) => (d.users[1]!.managerId = 'boss'), 'users[1].managerId', /unknown manager/],
  ['dangling teamIds entry', (d) => (d.users[0]!.teamIds = ['team-a', 'team-z']), 'users[0].teamIds[1]', /unknown team "team-z"/],
  ['dangling contact accountIds entry', (d) => (d.contacts[0]!.accountIds = ['acme', 'nope']), 'contacts[0].accountIds[1]', /unknown account "nope"/],
  ['dangling weightKey', (d) => (d.attributes[2]!.rollup = { fn: 'weightedAvg', weightKey: 'licences' }), 'attributes[2].rollup.weightKey', /unknown attribute "licences"/],
  ['dangling measure attribute', (d) => (d.healthProfiles[0]!.dimensions[0].measures[0].source.key = 'mood'), 'healthProfiles[0].dimensions[0].measures[0].source.key', /unknown attribute "mood"/],
  ['dangling health profile account type', (d) => (d.healthProfiles[0]!.accountTypeId = 'planet'), 'healthProfiles[0].accountTypeId', /unknown account type/],
  ['type that does not fit the parent', (d) => (d.accounts[1]!.typeId = 'company'), 'accounts[1].typeId', /does not fit under parent "acme"/],
  ['root account of a child type', (d) => (d.accounts[0]!.typeId = 'region'), 'accounts[0].typeId', /root account/],
  ['cycle in parents', (d) => (d.accounts[0]!.parentId = 'acme-emea'), 'accounts[0].parentId', /cycle in parentId/],
  ['cycle in account types', (d) => (d.accountTypes[0]!.parentTypeId = 'region'), 'accountTypes[0].parentTypeId', /cycle in parentTypeId/],
  ['attribute value of the wrong type', (d) => ((d.accounts[1]!.attributes as Record<string, unknown>).arr = 'lots'), 'accounts[1].attributes.arr', /expected a number/],
  ['enum value outside its values', (d) => ((d.accounts[0]!.attributes as Record<string, unknown>).status = 'frozen'), 'accounts[0].attributes.status', /not one of the values/],
  ['undefined attribute key on an account', (d) => ((d.accounts[0]!.attributes as Record<string, unknown>).mood = 'happy'), 'accounts[0].attributes.mood', /not defined/],
  ['history of an unknown attribute', (d) => (d.attributeHistory[0]!.key = 'karma'), 'attributeHistory[0].key', /unknown attribute "karma"/],
  ['negative active users', (d) => (d.usage[0]!.activeUsers = -1), 'usage[0].activeUsers', /.+/],
  ['missing required list', (d) => Reflect.deleteProperty(d, 'accounts'), 'accounts', /.+/],
];

describe('parseDataset', () => {
  it('accepts the valid fixture', () => {
    const dataset = parseDataset(valid());
    expect(dataset.accounts).toHaveLength(2);
  });

  it.each(cases)('rejects %s and names its path', (_name, break_, path, message) => {
    const doc = valid();
    break_(doc);
    const problems = problemsOf(doc);
    const found = problems.find((p) => p.path === path);
    expect(found, `problems: ${JSON.stringify(problems)}`).toBeDefined();
    expect(found!.message).toMatch(message);
  });

  it('has at least 15 malformed cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  it('lists every problem at once, schema and cross-record ones together', () => {
    const doc = valid();
    doc.accounts[0]!.colour = 'red';
    doc.accounts[1]!.parentId = 'nobody';
    doc.users[1]!.id = 'u1';
    const paths = problemsOf(doc).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['accounts[0].colour', 'accounts[1].parentId', 'users[1].id']));
  });

  it('reports JSON syntax errors with line and column', () => {
    const text = '{\n  "version": 1,\n  "tenant": { "id": "t" ,, }\n}';
    try {
      parseDatasetText(text);
      throw new Error('expected a DatasetError');
    } catch (error) {
      expect(error).toBeInstanceOf(DatasetError);
      const [problem] = (error as DatasetError).problems;
      expect(problem!.line).toBe(3);
      expect(problem!.column).toBeGreaterThan(20);
      expect(problem!.message).toMatch(/line 3, column/);
    }
  });

  it('parses valid text', () => {
    expect(parseDatasetText(JSON.stringify(valid())).tenant.id).toBe('t1');
  });
});
