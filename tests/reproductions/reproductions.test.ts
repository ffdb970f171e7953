// Every reproduction runs on a real PostgreSQL of each major, 14 to 18, and must give the output
// recorded in src/data/postgresql/observations/<CODE>.json; on the newest it must raise its
// entry's code. `npm test` runs the newest major, FULL_MATRIX=1 all of them (.ci/run does), and
// `npm run reproduce` records what the servers printed. The entries' claim checks run on the newest;
// their fixes run on every major of the run from the fix's `since` on, since a page says where each ran.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { stableRun, type MajorRun, type ObservationFile } from '../../src/lib/reproduction/observations';
import { MAJORS, NEWEST_MAJOR, type Major } from '../../src/lib/reproduction/majors';
import { scenarios } from '../../src/lib/reproduction/scenarios';
import { majorsOfFix } from '../../src/lib/reproduction/fix-run';
import { checkCases, fixCases, reproductionCases, type ReproductionCase } from './cases';
import { startPostgres, type RunningServer } from './postgres-server';
import { disagreement, fixDisagreement, scenarioOutcome, sqlOutcome } from './run';

const observationsDir = join(import.meta.dirname, '../../src/data/postgresql/observations');
const observationFile = (code: string) => join(observationsDir, `${code}.json`);
const recording = process.env.REPRODUCE === 'record';
const majors: readonly Major[] = process.env.FULL_MATRIX === '1' ? MAJORS : [NEWEST_MAJOR];
const recorded = (code: string): ObservationFile['observed'] =>
  existsSync(observationFile(code)) ? (JSON.parse(readFileSync(observationFile(code), 'utf8')) as ObservationFile).observed : {};
const observed = new Map<string, ObservationFile['observed']>();
const cases = reproductionCases();
const checks = checkCases();
const fixes = fixCases();

const servers = new Map<Major, RunningServer>();
const versions = new Map<Major, string>();
beforeAll(async () => {
  // One server per major; reproductions run in fresh databases on it.
  for (const major of majors) {
    const server = await startPostgres({ major });
    servers.set(major, server);
    const client = await server.connect();
    versions.set(major, (await client.query('SHOW server_version')).rows[0].server_version);
    await client.end();
  }
}, 300_000);

// A server that ran a thousand cases, each in a database of its own, takes a while to shut down
// on a busy machine; the recording must not be lost to the hook's timeout.
afterAll(async () => {
  if (recording) record();
  await Promise.all([...servers.values()].map((server) => server.stop()));
}, 300_000);

/**
 * Writes what this run observed, one file per code: the majors it ran replace their old runs, the
 * others stay (the default run records the newest only); files of codes that no longer have a
 * reproduction are removed.
 */
function record() {
  for (const [code, runs] of observed) {
    const merged = { ...recorded(code), ...runs };
    const file: ObservationFile = { observed: Object.fromEntries(MAJORS.filter((m) => merged[`${m}`]).map((m) => [`${m}`, merged[`${m}`]!])) };
    writeFileSync(observationFile(code), JSON.stringify(file, null, 1) + '\n');
  }
  const codes = new Set(cases.map((c) => c.code));
  for (const name of readdirSync(observationsDir)) {
    if (!codes.has(name.replace(/\.json$/, ''))) rmSync(join(observationsDir, name));
  }
}

async function run(c: ReproductionCase, major: Major): Promise<MajorRun> {
  const server = versions.get(major)!;
  if ('sql' in c.reproduction) return { server, ...(await sqlOutcome(servers.get(major)!, `repro_${c.code.toLowerCase()}`, c.reproduction)) };
  const scenario = scenarios[c.reproduction.scenario];
  if (!scenario) throw new Error(`${c.file}: no scenario "${c.reproduction.scenario}" in src/lib/reproduction/scenarios/`);
  return { server, ...(await scenarioOutcome(scenario, major)) };
}

const what = ({ raised, setup }: MajorRun) =>
  setup ? `its setup failed: ${setup.message}` : raised ? `${raised.sqlstate} ${raised.message}` : 'no error';

describe.concurrent('reproductions on a real PostgreSQL', () => {
  test.for(majors.map((major) => ({ major })))('the test server for major $major is PostgreSQL $major', ({ major }) => {
    expect(versions.get(major)).toMatch(new RegExp(`^${major}\\.`));
  });

  test.for(cases.flatMap((c) => majors.map((major) => ({ ...c, major }))))('$file raises $code on PostgreSQL $major', async (c) => {
    const where = `${c.file} on PostgreSQL ${c.major}`;
    const result = await run(c, c.major).catch((error: Error) => {
      throw new Error(`${where}: ${error.message}`);
    });
    if (c.major === NEWEST_MAJOR) expect(result.raised?.sqlstate, `${where}: expected SQLSTATE ${c.code}, got ${what(result)}`).toBe(c.code);
    observed.set(c.code, { ...observed.get(c.code), [`${c.major}`]: result });
    if (!recording) {
      const expected = recorded(c.code)[`${c.major}`];
      expect(expected, `${where}: no recorded output; run FULL_MATRIX=1 npm run reproduce -- -t ${c.code}`).toBeDefined();
      expect(stableRun(result), `${where}: the server's output differs from observations/${c.code}.json`).toEqual(stableRun(expected!));
    }
  });
});

describe.concurrent('claims checked on a real PostgreSQL', () => {
  test.for(checks)('$file, check $index: $check.claim', async ({ code, file, index, check }) => {
    const problem = await disagreement(servers.get(NEWEST_MAJOR)!, `check_${code.toLowerCase()}_${index}`, check).catch((error: Error) => error.message);
    expect(problem, `${file}, checks[${index}] ("${check.claim}"): ${problem}`).toBeUndefined();
  });
});

describe.concurrent('fixes run on a real PostgreSQL', () => {
  const runs = fixes.flatMap((c) => majorsOfFix(c.fix.check).filter((major) => majors.includes(major)).map((major) => ({ ...c, major })));
  test.for(runs)('$file, fix $index on PostgreSQL $major: $fix.title', async ({ code, file, index, fix, major }) => {
    const database = `fix_${code.toLowerCase()}_${index}`;
    const problem = await fixDisagreement(servers.get(major)!, database, code, fix).catch((error: Error) => error.message);
    expect(problem, `${file}, fixes[${index}] ("${fix.title}") on PostgreSQL ${major}: ${problem}`).toBeUndefined();
  });
});
