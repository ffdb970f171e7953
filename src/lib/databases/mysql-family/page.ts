// MySQL's and MariaDB's side of the error page pieces (src/lib/databases/error-page.ts): MariaDB
// runs in the tests, so its pages show what its client printed; no MySQL server runs there, so a
// MySQL page shows the message format and says so. The same client libraries serve both.
import { arrivalLead, mysqlCatchTabs, ranLine } from '../../catching/mysql-drivers';
import { entryPageSections } from '../../entries/entry-sections';
import { fixProof, MARIADB_TESTED } from '../../entries/fix-proof';
import type { MySqlFamilyEntry } from '../../entries/mysql-family-entry';
import { mariadbObservation } from '../../reproduction/mariadb-runs';
import { clientText, serverLabel, type MySqlObservationFile } from '../../reproduction/mysql-observations';
import { mysqlScenarios } from '../../reproduction/mysql-scenarios';
import { errorTitle } from '../../site/titles';
import { getDatabase } from '..';
import { errorUrl, sqlStateUrl, withBase } from '../../site/urls';
import { sqlStateClassTitle } from '../../sqlstate/sqlstate';
import type { CatchView, ErrorPageView, ErrorTableView, Inline, ParagraphView, ReproductionView } from '../error-page';
import { familyName, findMySqlError, MYSQL_FAMILY, mysqlSources, printedFormat, rangeOf, type MySqlError, type MySqlFamilyId } from './facts';

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

/** Where the server words the number with another error's text, what it prints and what the error's own format is. */
function printedWithParagraph(database: MySqlFamilyId, error: MySqlError): ParagraphView[] {
  const printed = printedFormat(database, error);
  if (!printed.from) return [];
  return [
    {
      parts: [
        `The server reports the number ${error.number}${printed.only ? ` ${printed.only}` : ''} worded with ${printed.as === 'format' ? 'the format of' : 'the text of'} `,
        { href: errorUrl(database, printed.from.number), parts: [`${printed.from.number} ${printed.from.symbol}`] },
        ...(printed.as === 'first placeholder' ? [' in place of its first %s'] : []),
        `; ${printed.only ? 'otherwise it prints' : `${error.symbol}'s own format is`} `,
        { code: error.message },
        '.',
      ],
    },
  ];
}

/** The other database of the family that uses the same number, and whether it words it alike. */
function twinParagraphs(database: MySqlFamilyId, error: MySqlError): ParagraphView[] {
  return MYSQL_FAMILY.filter((other) => other !== database).flatMap((other) => {
    const twin = findMySqlError(other, error.number);
    if (!twin) return [];
    const wording: Inline[] = twin.message === error.message ? [', with the same message format.'] : [', worded ', { code: twin.message }, '.'];
    return [{ parts: [`${familyName(other)} uses the number ${error.number} too: `, { href: errorUrl(other, error.number), parts: [`${error.number} ${twin.symbol}`] }, ...wording] }];
  });
}

/** A MySQL or MariaDB error's page: the facts from the data for every number, and the written guide where one exists. */
export function mysqlErrorPageView(database: MySqlFamilyId, error: MySqlError, guide: MySqlFamilyEntry | undefined): ErrorPageView {
  const name = familyName(database);
  const printed = printedFormat(database, error);
  const range = rangeOf(error.number);
  const classKey = error.sqlstate.slice(0, 2);
  const observation = database === 'mariadb' && guide ? mariadbObservation(error.number) : undefined;
  const sources = mysqlSources(database)[error.raisedBy];
  const sourceFileUrl = `https://github.com/${sources.repository}/blob/${sources.commit ?? sources.ref}/${sources.path}`;
  const declaredBy = error.raisedBy === 'client' ? `where ${name}'s client library words the error` : `where ${name} declares the error`;
  const related = guide?.related ?? [];
  return {
    system: database,
    section: database,
    stacks: getDatabase(database).stacks,
    id: String(error.number),
    title: errorTitle({ databaseName: name, code: String(error.number), format: printed.format, name: error.symbol }),
    description:
      guide?.summary ??
      `${name} error ${error.number} (${error.symbol}, SQLSTATE ${error.sqlstate}): ${error.raisedBy === 'client' ? 'raised by the client library' : 'the message format in the server source'}, and how to catch it.`,
    keywords: [String(error.number), error.symbol, `SQLSTATE ${error.sqlstate}`, name],
    crumbs: [
      { name, path: withBase(`${database}/`) },
      { name: `Errors ${range.start}–${range.end}`, path: withBase(`${database}/errors/${range.slug}/`) },
      { name: String(error.number) },
    ],
    // Pages made from the data alone share one template and read alike across the two databases:
    // search engines skip them (and the sitemap leaves them out) until someone writes their guide.
    noindex: !guide,
    searchFilter: `database:${name}`,
    header: {
      copy: String(error.number),
      prefix: name,
      id: String(error.number),
      name: error.symbol,
      searchMeta: `database:${database}`,
      ...(guide ? { summary: guide.summary } : {}),
      badgesLabel: `Facts about ${name} error ${error.number}`,
      badges: [
        // The breadcrumb names the database too: on a phone the badge gives its room to the "most likely" box.
        { text: name, wideOnly: true },
        { text: `SQLSTATE ${error.sqlstate}`, href: sqlStateUrl(error.sqlstate) },
        { text: `Class ${classKey}: ${sqlStateClassTitle(classKey)}`, href: withBase(`${database}/class/${classKey}/`) },
        { text: error.raisedBy === 'client' ? 'Raised by the client library' : 'Raised by the server' },
        ...(observation?.raised ? [{ text: `Reproduced on ${serverLabel(observation.server)}`, tone: 'verified' }] : []),
      ],
    },
    unwrittenNotice: `No written guide for ${name} error ${error.number} yet. What follows is what ${name}'s source says about it: its name, its SQLSTATE, its message and how to catch it.`,
    sections: entryPageSections(guide, related.length),
    ...(guide ? { reproduction: mysqlReproductionView(database, error, guide.reproduction, observation) } : {}),
    messages: {
      heading: 'The message',
      blocks: [
        {
          list: [
            {
              format: printed.format,
              dialect: database,
              meta: [`${error.raisedBy === 'client' ? 'Client library' : 'Server'} · `, { href: sourceFileUrl, parts: [sources.path] }],
            },
          ],
        },
        ...printedWithParagraph(database, error),
        ...twinParagraphs(database, error),
      ],
      sqlstate: error.sqlstate,
      after: [],
    },
    catching: mysqlCatchView(database, error),
    related: related.map((r) =>
      r.error !== undefined
        ? { href: errorUrl(database, r.error), label: [{ code: String(r.error) }, ' ', { underscores: findMySqlError(database, r.error)!.symbol }], note: r.note }
        : { href: sqlStateUrl(r.sqlstate!), label: ['SQLSTATE ', { code: r.sqlstate! }], note: r.note },
    ),
    sources: {
      items: [
        ...(guide?.sources ?? []).map((link) => [{ href: link.url, parts: [link.title] }]),
        [{ href: sourceFileUrl, parts: [sources.path] }, ` in ${sources.repository}, ${declaredBy}`],
      ],
    },
    ...(guide
      ? {
          trust: {
            subject: `${name} ${error.number}`,
            facts: {
              server: database,
              reproducedOn: observation?.raised ? [MARIADB_TESTED] : [],
              fixes: guide.fixes.map((fix) => fixProof(fix, database)),
              // The MySQL reproductions run on MariaDB, which must raise the same number (the Reproduction view says so too).
              reproducedOnMariaDB: database === 'mysql' && error.raisedBy === 'server' && !('unavailable' in guide.reproduction),
            },
          },
        }
      : {}),
  };
}

/**
 * A table of MySQL or MariaDB errors: number, symbol, SQLSTATE and, where written, the summary
 * (else the message format, which is all the data says, its placeholders read as words).
 * `withMessages: false` leaves that column out, where the table would be too heavy with it.
 */
export function mysqlTableView(
  database: MySqlFamilyId,
  errors: readonly MySqlError[],
  summaries: ReadonlyMap<number, string>,
  caption: string,
  withMessages = true,
): ErrorTableView {
  return {
    caption,
    columns: ['Number', 'Symbol', 'SQLSTATE', ...(withMessages ? ['What it says'] : [])],
    rows: errors.map((error) => {
      const summary = summaries.get(error.number);
      return [
        { parts: [{ href: errorUrl(database, error.number), parts: [String(error.number)] }] },
        { class: 'condition-cell', parts: [{ underscores: error.symbol }] },
        { class: 'mono', parts: [{ href: sqlStateUrl(error.sqlstate), parts: [error.sqlstate] }] },
        ...(withMessages ? [{ class: 'words', parts: [summary ?? { format: error.message, dialect: database }] }] : []),
      ];
    }),
  };
}
