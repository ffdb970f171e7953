// The MySQL and MariaDB entries on a real MariaDB (Debian's 10.11): every MariaDB reproduction
// must raise its entry's number and print what src/data/mariadb/observations/<number>.json
// holds (`npm run reproduce` records it), every MariaDB claim must hold, and every MySQL
// reproduction must raise the same number on MariaDB: no MySQL server can run here, so that is
// the check its statements get. Every MariaDB fix with a `check` runs as PostgreSQL's do: the
// cause's error, then the fix as the page shows it, then the error gone.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { MySqlObservation, MySqlObservationFile } from '../../src/lib/reproduction/mysql-observations';
import { mysqlScenarios } from '../../src/lib/reproduction/mysql-scenarios';
import type { MySqlFamilyEntry } from '../../src/lib/entries/mysql-family-entry';
import { mysqlFamilyEntries } from './cases';
import { mariadbMissing, startMariaDb, type RunningMariaDb } from './mariadb-server';
import { clientError, fixDisagreement, runStatements, scenarioRuns } from './mariadb-run';
import { oneAtATime } from '../../src/lib/reproduction/take-turns';
import { MARIADB_TESTED } from '../../src/lib/entries/fix-proof';

const observationsDir = join(import.meta.dirname, '../../src/data/mariadb/observations');
const observationFile = (number: number) => join(observationsDir, `${number}.json`);
const recording = process.env.REPRODUCE === 'record';
const missing = mariadbMissing();
if (missing) console.warn(`Skipping the MySQL and MariaDB reproductions: ${missing}.`);

const mariadbEntries = mysqlFamilyEntries('mariadb');
const mysqlEntries = mysqlFamilyEntries('mysql');
const runnable = (entries: typeof mariadbEntries) => entries.filter(({ entry }) => !('unavailable' in entry.reproduction));

let server: RunningMariaDb;
const oneScenarioAtATime = oneAtATime();
const observed = new Map<number, MySqlObservationFile>();
beforeAll(async () => {
  if (!missing) server = await startMariaDb();
}, 120_000);
afterAll(async () => {
  if (recording) record();
  await server?.stop();
}, 60_000);

/** Writes what this run printed, one file per MariaDB entry; files of entries without a run go. */
function record() {
  for (const [number, file] of observed) writeFileSync(observationFile(number), JSON.stringify(file, null, 1) + '\n');
  const numbers = new Set(runnable(mariadbEntries).map(({ entry }) => String(entry.number)));
  for (const name of readdirSync(observationsDir)) if (!numbers.has(name.replace(/\.json$/, ''))) rmSync(join(observationsDir, name));
}

/** What a reproduction raised: the last statement's error, or the error a scenario's client printed. */
async function reproduce(entry: MySqlFamilyEntry, database: string): Promise<MySqlObservation | undefined> {
  const { reproduction } = entry;
  if ('sql' in reproduction) return (await runStatements(server, database, reproduction)).error;
  if ('scenario' in reproduction) return runScenario(reproduction.scenario);
  return undefined;
}

/** The error a scenario's client printed. */
async function runScenario(name: string): Promise<MySqlObservation | undefined> {
  const run = scenarioRuns[name];
  if (!run) throw new Error(`no scenario "${name}" in tests/reproductions/mariadb-run.ts`);
  // Entries and checks that use one scenario would, at the same time, kill each other's query or
  // drop each other's account.
  return clientError(await oneScenarioAtATime([name], () => run(server)));
}

const described = (error?: MySqlObservation) => (error ? `${error.number} ${error.message}` : 'no error');

describe.skipIf(Boolean(missing)).concurrent('MariaDB reproductions on a real MariaDB', () => {
  test.for(runnable(mariadbEntries))('$file raises its number', async ({ file, entry }) => {
    const raised = await reproduce(entry, `repro_mariadb_${entry.number}`);
    expect(raised?.number, `${file}: expected error ${entry.number}, got ${described(raised)}`).toBe(entry.number);
    const run: MySqlObservationFile = { server: server.version, raised };
    observed.set(entry.number, run);
    if (!recording) {
      const recorded = existsSync(observationFile(entry.number)) ? (JSON.parse(readFileSync(observationFile(entry.number), 'utf8')) as MySqlObservationFile) : undefined;
      expect(recorded, `${file}: no recorded output; run npm run reproduce -- -t ${entry.number}`).toBeDefined();
      // The server's version string is not compared: a Debian point release must not fail the run.
      expect(raised, `${file}: MariaDB's output differs from observations/${entry.number}.json`).toEqual(recorded!.raised);
    }
  });
});

describe.skipIf(Boolean(missing)).concurrent('MySQL reproductions on MariaDB', () => {
  test.for(runnable(mysqlEntries))('$file raises the same number on MariaDB', async ({ file, entry }) => {
    const raised = await reproduce(entry, `repro_mysql_${entry.number}`);
    expect(raised?.number, `${file}: on MariaDB, expected error ${entry.number}, got ${described(raised)}`).toBe(entry.number);
  });
});

const checks = mariadbEntries.flatMap(({ file, entry }) => entry.checks.map((check, index) => ({ file, number: entry.number, index, check })));

describe.skipIf(Boolean(missing)).concurrent('MariaDB claims checked on a real MariaDB', () => {
  test.for(checks)('$file, check $index: $check.claim', async ({ file, number, index, check }) => {
    const where = `${file}, checks[${index}] ("${check.claim}")`;
    if (check.scenario !== undefined) {
      const printed = await runScenario(check.scenario);
      expect(printed?.number, `${where}: scenario ${check.scenario} gave ${described(printed)}`).toBe(check.raises);
      if (check.message) expect(printed!.message, where).toContain(check.message);
      return;
    }
    const last = await runStatements(server, `check_mariadb_${number}_${index}`, { setup: check.setup, sql: check.sql! });
    if (check.raises !== undefined) {
      expect(last.error?.number, `${where}: \`${last.statement}\` gave ${described(last.error)}`).toBe(check.raises);
      if (check.message) expect(last.error!.message, where).toContain(check.message);
    } else {
      expect(last.error, `${where}: \`${last.statement}\` failed`).toBeUndefined();
      expect(last.value, where).toBe(check.returns);
    }
  });
});

const fixes = mariadbEntries.flatMap(({ file, entry }) =>
  entry.fixes.flatMap(({ title, code, check }, index) => (check ? [{ file, number: entry.number, index, fix: { title, code, check } }] : [])),
);

describe.skipIf(Boolean(missing)).concurrent('MariaDB fixes run on a real MariaDB', () => {
  test(`the server is MariaDB ${MARIADB_TESTED}, the release the pages say the fixes ran on`, () => {
    expect(server.version.startsWith(`${MARIADB_TESTED}.`), server.version).toBe(true);
  });

  test.for(fixes)(`$file, fix $index on MariaDB ${MARIADB_TESTED}: $fix.title`, async ({ file, number, index, fix }) => {
    const problem = await fixDisagreement(server, `fix_mariadb_${number}_${index}`, number, fix).catch((error: Error) => error.message);
    expect(problem, `${file}, fixes[${index}] ("${fix.title}") on MariaDB ${MARIADB_TESTED}: ${problem}`).toBeUndefined();
  });
});

describe('MySQL and MariaDB scenarios', () => {
  test('each one the entries name has a runner', () => {
    expect(Object.keys(scenarioRuns).sort()).toEqual(Object.keys(mysqlScenarios).sort());
  });
});
