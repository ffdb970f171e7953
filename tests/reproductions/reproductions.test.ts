// Every reproduction runs on a real PostgreSQL and must raise its entry's code with the output
// recorded in src/data/postgresql/observations/<CODE>.json. `npm run reproduce` records that output.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { stableObservation, type Observation, type ObservationFile } from '../../src/lib/reproduction/observations';
import { scenarios } from '../../src/lib/reproduction/scenarios';
import { checkCases, reproductionCases, type ReproductionCase } from './cases';
import { startPostgres, type RunningServer } from './postgres-server';
import { disagreement, runScenario, runSql } from './run';

const observationsDir = join(import.meta.dirname, '../../src/data/postgresql/observations');
const observationFile = (code: string) => join(observationsDir, `${code}.json`);
const recording = process.env.REPRODUCE === 'record';
const recorded = (code: string): Observation | undefined =>
  existsSync(observationFile(code)) ? (JSON.parse(readFileSync(observationFile(code), 'utf8')) as ObservationFile).observation : undefined;
const observed: Record<string, Observation> = {};
const cases = reproductionCases();
const checks = checkCases();

let server: RunningServer;
let serverVersion = '';
beforeAll(async () => {
  server = await startPostgres();
  const client = await server.connect();
  serverVersion = (await client.query('SHOW server_version')).rows[0].server_version;
  await client.end();
}, 60_000);

afterAll(async () => {
  await server?.stop();
  if (recording) record();
});

/**
 * Writes what this run observed, one file per code, leaving the codes it did not run (a run
 * filtered with -t) as they are and removing the files of codes that no longer have a reproduction.
 */
function record() {
  for (const [code, observation] of Object.entries(observed)) {
    const file: ObservationFile = { server: `PostgreSQL ${serverVersion}`, observation };
    writeFileSync(observationFile(code), JSON.stringify(file, null, 1) + '\n');
  }
  const codes = new Set(cases.map((c) => c.code));
  for (const name of readdirSync(observationsDir)) {
    if (!codes.has(name.replace(/\.json$/, ''))) rmSync(join(observationsDir, name));
  }
}

async function run(c: ReproductionCase): Promise<Observation> {
  if ('sql' in c.reproduction) return runSql(server, `repro_${c.code.toLowerCase()}`, c.reproduction);
  const scenario = scenarios[c.reproduction.scenario];
  if (!scenario) throw new Error(`${c.file}: no scenario "${c.reproduction.scenario}" in src/lib/reproduction/scenarios.ts`);
  return runScenario(scenario);
}

describe.concurrent('reproductions on a real PostgreSQL', () => {
  test('the test server is PostgreSQL 18', () => {
    expect(serverVersion).toMatch(/^18\./);
  });

  test.for(cases)('$file raises $code', async (c) => {
    const observation = await run(c).catch((error: Error) => {
      throw new Error(`${c.file}: ${error.message}`);
    });
    expect(observation.sqlstate, `${c.file}: expected SQLSTATE ${c.code}, the server raised ${observation.sqlstate}: ${observation.message}`).toBe(c.code);
    observed[c.code] = observation;
    if (!recording) {
      const expected = recorded(c.code);
      expect(expected, `${c.file}: no recorded output; run npm run reproduce -- -t ${c.code}`).toBeDefined();
      expect(stableObservation(observation), `${c.file}: the server's output differs from observations/${c.code}.json`).toEqual(stableObservation(expected!));
    }
  });
});

describe.concurrent('claims checked on a real PostgreSQL', () => {
  test.for(checks)('$file, check $index: $check.claim', async ({ code, file, index, check }) => {
    const problem = await disagreement(server, `check_${code.toLowerCase()}_${index}`, check).catch((error: Error) => error.message);
    expect(problem, `${file}, checks[${index}] ("${check.claim}"): ${problem}`).toBeUndefined();
  });
});
