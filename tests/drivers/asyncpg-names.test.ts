// asyncpg's exception class for every code, read from the installed package (Debian's
// python3-asyncpg), against the names library-names.ts builds from asyncpg's generator rule.
import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { namingRules } from '../../src/lib/catching/library-names';
import { sqlStates } from '../../src/lib/databases/postgresql/facts';
import { DEBIAN_PYTHON } from './catch-harness';

/** sqlstate -> class name, as asyncpg maps a server's code to the class it raises. */
const INSTALLED_NAMES = `
import json, asyncpg, asyncpg.exceptions._base as base
print(json.dumps({"version": asyncpg.__version__, "names": {code: cls.__name__ for code, cls in base.PostgresMessageMeta._message_map.items()}}))
`;

const installed = spawnSync(DEBIAN_PYTHON, ['-c', INSTALLED_NAMES], { encoding: 'utf8' });
const missing = installed.status === 0 ? null : `${DEBIAN_PYTHON} cannot import asyncpg: apt-get install python3-asyncpg`;
if (missing) console.warn(`asyncpg names: skipped, ${missing}`);

describe.skipIf(missing !== null)('asyncpg’s names', () => {
  const { version, names } = missing ? { version: '', names: {} } : (JSON.parse(installed.stdout) as { version: string; names: Record<string, string> });

  test('come from the release library-names.ts was checked against', () => {
    expect(namingRules.asyncpg.checkedAgainst).toContain(`asyncpg ${version}`);
  });

  test('are the classes the installed asyncpg raises, code by code, and none where it has none', () => {
    const differing = sqlStates
      .map((state) => [state.code, namingRules.asyncpg.name(state), names[state.code] ?? null] as const)
      .filter(([, ours, theirs]) => ours !== theirs)
      .map(([code, ours, theirs]) => `${code}: ours ${ours}, asyncpg ${theirs}`);
    expect(differing).toEqual([]);
  });
});
