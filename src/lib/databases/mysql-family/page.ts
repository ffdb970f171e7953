// MySQL's and MariaDB's side of the error page pieces (src/lib/databases/error-page.ts): MariaDB
// runs in the tests, so its pages show what its client printed; no MySQL server runs there, so a
// MySQL page shows the message format and says so. The same client libraries serve both.
import { arrivalLead, mysqlCatchTabs, ranLine } from '../../catching/mysql-drivers';
import type { MySqlFamilyEntry } from '../../entries/mysql-family-entry';
import { clientText, serverLabel, type MySqlObservationFile } from '../../reproduction/mysql-observations';
import { mysqlScenarios } from '../../reproduction/mysql-scenarios';
import type { CatchView, ReproductionView } from '../error-page';
import { familyName, printedFormat, type MySqlError, type MySqlFamilyId } from './facts';

export function mysqlReproductionView(
  database: MySqlFamilyId,
  error: MySqlError,
  reproduction: MySqlFamilyEntry['reproduction'],
  observation: MySqlObservationFile | undefined,
): ReproductionView {
  const scenario = 'scenario' in reproduction ? mysqlScenarios[reproduction.scenario] : undefined;
  const script = 'sql' in reproduction ? [reproduction.setup?.trim(), reproduction.sql.trim()].filter(Boolean).join('\n\n') : scenario?.script;
  const name = familyName(database);
  const output: ReproductionView['output'] = observation?.raised
    ? { text: clientText(observation.raised), source: `printed by ${serverLabel(observation.server)} in this site's tests`, ariaLabel: 'Client output' }
    : script
      ? {
          text: clientText({ number: error.number, sqlstate: error.sqlstate, message: printedFormat(database, error).format }),
          source: `${name}'s message format, with its placeholders: no ${name} server runs in this site's tests${
            database === 'mysql' && error.raisedBy === 'server' ? `, which check that the same statements raise error ${error.number} on MariaDB` : ''
          }`,
          ariaLabel: 'Message format',
        }
      : undefined;
  return {
    ...('unavailable' in reproduction ? { unavailable: reproduction.unavailable } : {}),
    ...(scenario ? { description: scenario.description } : {}),
    // A scenario says its language, or else one without a semicolon is client commands (mariadb -h ...).
    ...(script ? { script: { code: script, lang: scenario?.lang ?? (scenario && !scenario.script.includes(';') ? 'shell' : 'sql') } } : {}),
    ...(output ? { output } : {}),
  };
}

/** Catch it in code: one way of arriving, a tab per client library, each around the call the error arrives at. */
export function mysqlCatchView(database: MySqlFamilyId, error: MySqlError): CatchView {
  return {
    notes: [
      `${arrivalLead(error)} Test the error number, not the SQLSTATE: ${familyName(database)} reports many numbers under one SQLSTATE (\`${error.sqlstate}\` here).`,
    ],
    arrivals: [{ arrival: 'first', summary: null, tabs: mysqlCatchTabs(error), tested: ranLine() }],
    orm: [],
  };
}
