// The JSON Schema (draft 2020-12) of each kind of API file, served at /api/schema/<kind>.json.
// Every object is closed (additionalProperties: false), so the test that validates the built
// files against them fails on a field the schema does not describe; the /api/ page lists the
// fields from these descriptions, so the documentation and the schema are one text.
import { API_SCHEMA_VERSION, type ApiKind } from './catalog';
import { retryLabels } from '../databases/postgresql/retry';
import { TESTED_TABS } from '../catching/catching';
import { driverLibraries } from '../catching/mysql-drivers';
import { PATTERN_FLAGS } from './files';

type Schema = Record<string, unknown>;

const str = (description: string, extra: Schema = {}): Schema => ({ type: 'string', description, ...extra });
const bool = (description: string): Schema => ({ type: 'boolean', description });
/** The schema, or null; an enum must list null too, or it rejects what the type allows. */
const nullable = (schema: Schema): Schema => ({ ...schema, type: [schema.type as string, 'null'], ...(Array.isArray(schema.enum) ? { enum: [...schema.enum, null] } : {}) });
const arrayOf = (items: Schema, description: string): Schema => ({ type: 'array', description, items });
const enumOf = (values: readonly string[], description: string): Schema => ({ type: 'string', enum: [...values], description });

/** An object whose every property is required unless named in `optional`, and no other property is allowed. */
export function closed(description: string, properties: Record<string, Schema>, optional: readonly string[] = []): Schema {
  return {
    type: 'object',
    description,
    properties,
    required: Object.keys(properties).filter((key) => !optional.includes(key)),
    additionalProperties: false,
  };
}

const SQLSTATE = { pattern: '^[0-9A-Z]{5}$' };
const CLASS = { pattern: '^[0-9A-Z]{2}$' };

const fix = (() => {
  const common = {
    title: str('What to do, as an imperative.'),
    when: str('The situation the fix fits.'),
    lang: str('The language of `code`: sql, shell, ini, js, python ...'),
    code: str('The statement, setting or snippet to apply.'),
    why: str('Why it works.'),
  };
  return {
    description: 'One fix: `tested` lists the releases its check ran on in the tests (PostgreSQL majors, or MariaDB 10.11); `untested` says why it could not run.',
    oneOf: [
      closed('A fix that ran.', { ...common, tested: arrayOf({ type: 'string' }, 'The releases the fix ran on: ["14", ..., "18"], ["10.11"].') }),
      closed('A fix that could not run.', { ...common, untested: str('Why the tests cannot run it.') }),
    ],
  };
})();

const fixes = { ...nullable(arrayOf(fix, '')), description: 'The written fixes, most frequent cause first; null for a code without a written entry.' };
const summary = nullable(str('The written one-line summary; null for a code without a written entry.'));
const written = bool('Whether the site has a written guide for it (meaning, causes, fixes).');
const url = str('Its page on the site: absolute on the site\'s origin, or from the site\'s root when the build has none.', { format: 'uri-reference' });
const classTitle = str('The title of the SQLSTATE class.');

const observation = closed(
  'What the server printed.',
  {
    sqlstate: str('The SQLSTATE it reported.'),
    severity: str('ERROR, FATAL, WARNING ...'),
    message: str('The primary message, as the server printed it.'),
    detail: str('The DETAIL line.'),
    hint: str('The HINT line.'),
    earlier: arrayOf({ type: 'object' }, 'What psql printed before it: warnings, notices and errors of earlier statements.'),
  },
  ['detail', 'hint', 'earlier'],
);

const majorRun = closed(
  'One major\'s run.',
  {
    server: str('The server version: "18.4".'),
    raised: { ...observation, description: 'What the last statement (or the scenario\'s failing step) raised; absent when nothing was.' },
    setup: { ...observation, description: 'The error the setup raised where the major lacks a feature it needs.' },
  },
  ['raised', 'setup'],
);

const postgresReproduction = {
  description: 'The written reproduction and what each PostgreSQL major printed, by major ("14" to "18"); null when none ran.',
  oneOf: [
    { type: 'null' },
    closed('SQL run in a fresh database.', { setup: str('Statements that prepare the database.'), sql: str('The statement that raises the code.'), observed: { type: 'object', additionalProperties: majorRun } }, ['setup']),
    closed('A scenario of several sessions or a server setting.', { scenario: str('The scenario\'s name in the tests.'), observed: { type: 'object', additionalProperties: majorRun } }),
  ],
};

const postgresCatch = closed('How application code catches it.', {
  arrivals: arrayOf(enumOf(Object.keys(TESTED_TABS), ''), 'The ways the code reaches a client, the usual one first: statement, connect, session (a FATAL ends the session), notice (nothing is raised), connection-lost.'),
  names: { type: 'object', description: 'Each library\'s name for the code (psycopg, asyncpg, npgsql, ruby-pg, plpgsql ...), null where it has none.', additionalProperties: nullable({ type: 'string' }) },
  retry: closed('Whether to retry.', {
    verdict: enumOf(Object.keys(retryLabels), 'retry-transaction, reconnect-then-retry, do-not-retry or not-an-error.'),
    reason: str('Why, in one line.'),
  }),
  orm: arrayOf(closed('An ORM that wraps the error.', { orm: str('The ORM.'), catches: str('What application code catches.'), url: str('Where the ORM documents or does it.') }), 'ORMs that wrap the error in their own.'),
});

/** The properties of a PostgreSQL record; `messages` differs between the whole file and a code's file. */
const postgresProperties = (messages: Schema): Record<string, Schema> => ({
  code: str('The SQLSTATE.', SQLSTATE),
  condition: str('PostgreSQL\'s condition name: unique_violation.'),
  class: str('The SQLSTATE class: its first two characters.', CLASS),
  classTitle,
  since: str('The first PostgreSQL version that defines it, as far as the data compares ("9.4" for older codes).'),
  removedIn: nullable(str('The version that removed it; null while defined.')),
  url,
  raisedByPostgres: bool('Whether any code path in core PostgreSQL (server, contrib, client tools) raises it.'),
  levels: arrayOf(enumOf(['PANIC', 'FATAL', 'ERROR', 'WARNING', 'NOTICE', 'INFO', 'LOG'], ''), 'The levels its messages are reported at.'),
  written,
  summary,
  messages,
  fixes,
  reproduction: postgresReproduction,
  catch: postgresCatch,
});

const mysqlCatch = closed('How application code catches it.', {
  arrivals: arrayOf(enumOf(['statement', 'login', 'unreachable', 'lost'], ''), 'The calls it arrives at, the usual one first: statement, login (the connect call), unreachable (no server answered), lost (an open connection dropped).'),
  names: closed(
    'Each client library\'s constant for the number, null where it has none.',
    Object.fromEntries(driverLibraries.map((library) => [library.id, nullable(str(`${library.name} (${library.language}).`))])),
  ),
});

const mysqlProperties = (messages: Schema): Record<string, Schema> => ({
  number: { type: 'integer', description: 'The error number the client prints: 1062.' },
  symbol: str('Its name in the source: ER_DUP_ENTRY.'),
  sqlstate: str('The SQLSTATE it is reported with.', SQLSTATE),
  class: str('The SQLSTATE class.', CLASS),
  classTitle,
  url,
  raisedBy: enumOf(['server', 'client'], 'Who sends it: the server, or the client library on its own (2000 to 2999).'),
  written,
  summary,
  messages,
  wordedAs: nullable({
    ...closed('The error whose text the server words it with (1062 uses 1586\'s format).', {
      number: { type: 'integer', description: 'That error\'s number.' },
      as: enumOf(['format', 'first placeholder'], 'Its whole format, or its text in place of the first %s.'),
      only: nullable(str('When the server words it so, where not always.')),
    }),
  }),
  fixes,
  reproduction: nullable({
    ...closed(
      'The written reproduction and what the MariaDB server in the tests printed (MariaDB entries).',
      {
        setup: str('Statements that prepare the database.'),
        sql: str('The statement that raises the error.'),
        observed: closed('The run.', {
          server: str('The server\'s version: 10.11.18-MariaDB-0+deb12u1.'),
          raised: closed('What it raised.', { number: { type: 'integer', description: 'The error number.' }, sqlstate: str('The SQLSTATE.'), message: str('The message.') }),
        }),
      },
      ['setup'],
    ),
  }),
  catch: mysqlCatch,
});

const VERSIONS = { pattern: '^1\\.\\d+\\.\\d+$' };
const versionMap = (value: Schema, description: string): Schema => ({ type: 'object', description, propertyNames: VERSIONS, additionalProperties: value });
const poolerSeverity = enumOf(['ERROR', 'FATAL'], '');

const poolerStep: Schema = { type: 'object', description: 'One thing a client does through the pooler: `session` (which client), `connect` (how, on its first step), `sql`, `fails`, `idle` (seconds).' };

/** The properties of a PgBouncer record; `messages` differs between the whole file and a message's file. */
const pgBouncerProperties = (messages: Schema): Record<string, Schema> => ({
  slug: str('Its page\'s name: the message\'s words, /pgbouncer/<slug>/.'),
  sqlstate: str('The SQLSTATE the newest version sends it with (send_pooler_error() falls back to 08P01).', SQLSTATE),
  class: str('The SQLSTATE class.', CLASS),
  classTitle,
  severity: enumOf(['ERROR', 'FATAL'], 'ERROR or FATAL in the newest version; FATAL closes the connection.'),
  console: bool('Whether it is an admin console error (SHOW, PAUSE ... on the pgbouncer database), which ends the command, not the connection.'),
  url,
  versions: arrayOf(str('', VERSIONS), 'Every release read from the source (1.12.0 to 1.25.2) that sends it, oldest first.'),
  sqlstateFrom: versionMap(str('', SQLSTATE), 'The SQLSTATE from each version where it changed.'),
  severityFrom: versionMap(poolerSeverity, 'The severity from each version where it changed: disconnects became FATAL in 1.16.0.'),
  locations: versionMap(arrayOf(str('', { pattern: '^src/\\w+\\.c:\\d+$' }), ''), 'Per version, each "src/<file>.c:<line>" that sends it.'),
  written,
  summary,
  messages,
  fixes: { ...fixes, description: 'The written fixes, most frequent cause first, `tested` naming the PgBouncer version their check ran on; null for a message without a written entry.' },
  reproduction: nullable({
    ...closed('The written reproduction and what the real pooler in the tests sent.', {
      pooler: { type: 'object', description: 'The pooler\'s configuration beyond the tests\' defaults: pool_mode, ini `settings`, `databases`.' },
      steps: arrayOf(poolerStep, 'What the clients do, in order; the last step receives the message.'),
      observed: closed('The run.', {
        pooler: str('The pooler that sent it: "PgBouncer 1.18.0".'),
        node: arrayOf(closed('An error node-postgres reported.', { severity: str('ERROR or FATAL.'), code: str('The SQLSTATE.'), message: str('The message.') }, ['severity', 'code']), 'The errors node-postgres reported for the last step.'),
        psql: nullable(str('What psql printed replaying the last session; null where psql cannot send the startup.')),
      }),
    }),
  }),
});

const formats = arrayOf({ type: 'string' }, 'Its message formats as the source spells them (%s, %d ... where the server fills in values).');
const formatsWithPatterns = arrayOf(
  closed('A message format.', {
    format: str('The format as the source spells it.'),
    pattern: str('A regular expression a message of this format matches (search, not a full match; use `patternFlags`).', { format: 'regex' }),
  }),
  'Its message formats, each with a pattern a pasted message can be matched against.',
);

const patternFlags: Schema = { const: PATTERN_FLAGS, description: 'The flags every pattern needs: case-insensitive.' };

const databasesOf = (kind: ApiKind): string[] => {
  if (kind.startsWith('postgresql')) return ['postgresql'];
  if (kind.startsWith('pgbouncer')) return ['pgbouncer'];
  return kind === 'codes' ? ['postgresql', 'mysql', 'mariadb'] : ['mysql', 'mariadb'];
};

const header = (kind: ApiKind) => ({
  $schema: str('The URL of this schema.', { format: 'uri-reference' }),
  schemaVersion: { const: API_SCHEMA_VERSION, description: 'The version of the schema the file follows.' } as Schema,
  ...(kind === 'index' || kind === 'sqlstate' ? {} : { database: enumOf(databasesOf(kind), 'The database.') }),
});

const codeMapEntry = closed('What a tool needs first about a code.', {
  name: str('The condition name (PostgreSQL) or symbol (MySQL, MariaDB).'),
  sqlstate: str('The SQLSTATE.', SQLSTATE),
  class: str('The SQLSTATE class.', CLASS),
  retry: nullable(enumOf(Object.keys(retryLabels), 'PostgreSQL\'s retry verdict; null for MySQL and MariaDB, for which the site has none.')),
  raisedBy: nullable(enumOf(['server', 'client'], 'Who raises it: the server (for PostgreSQL: core PostgreSQL), or the client library; null for a code PostgreSQL defines but never raises.')),
});

const bodies: Record<ApiKind, () => [description: string, properties: Record<string, Schema>]> = {
  index: () => [
    'Every file of the API.',
    {
      kinds: arrayOf(
        closed('One kind of file.', {
          kind: str('The kind: its schema is schema/<kind>.json.'),
          description: str('What a file of the kind holds.'),
          schema: str('The schema\'s path, from the site\'s base.'),
          files: arrayOf({ type: 'string' }, 'Every file of the kind, by path from the site\'s base.'),
        }),
        'The kinds of file, each with its files.',
      ),
    },
  ],
  postgresql: () => [
    'Every PostgreSQL SQLSTATE.',
    {
      source: { type: 'object', description: 'The PostgreSQL source the codes and messages were read from, and `reproducedOn`: the server version of each major the reproductions ran on.' },
      codes: arrayOf(closed('One code.', postgresProperties(formats)), 'Every code, in errcodes.txt\'s order.'),
    },
  ],
  'mysql-family': () => [
    'Every MySQL or MariaDB error number.',
    {
      source: { type: 'object', description: 'The repositories, files and commits the server\'s and the client library\'s errors were read from.' },
      errors: arrayOf(closed('One error.', mysqlProperties(formats)), 'Every error, by number.'),
    },
  ],
  pgbouncer: () => [
    'Every message PgBouncer sends a client.',
    {
      source: { type: 'object', description: 'The repository, the release tags and commits read, and the call sites passing on PostgreSQL\'s own login errors (not followed).' },
      messages: arrayOf(closed('One message.', pgBouncerProperties(formats)), 'Every message, by slug.'),
    },
  ],
  sqlstate: () => [
    'Every SQLSTATE any of the databases or PgBouncer uses.',
    {
      sqlstates: arrayOf(
        closed('One SQLSTATE.', {
          code: str('The SQLSTATE.', SQLSTATE),
          class: str('Its class.', CLASS),
          classTitle,
          origin: enumOf(['standard', 'standard class, implementation-defined subclass', 'implementation-defined'], 'Who defines it: the SQL standard, or an implementation.'),
          url,
          summary: nullable(str('The site\'s note where the databases disagree about it; null where it has none.')),
          databases: {
            type: 'object',
            description: 'The errors each database (postgresql, mysql, mariadb) or PgBouncer (pgbouncer: ids are message slugs) reports with it; one that does not use it is absent.',
            additionalProperties: arrayOf(
              closed('One error.', { id: str('Its id in its database: 23505, 1062.'), name: str('Its name there.'), raised: bool('Whether the database ever reports it.') }),
              '',
            ),
          },
        }),
        'Every SQLSTATE, sorted.',
      ),
    },
  ],
  codes: () => ['A compact map from each code to what a tool needs first.', { codes: { type: 'object', description: 'Code (PostgreSQL) or error number (MySQL, MariaDB) -> its entry.', additionalProperties: codeMapEntry } }],
  'postgresql-code': () => ['One PostgreSQL code.', { patternFlags, ...postgresProperties(formatsWithPatterns) }],
  'mysql-family-code': () => ['One MySQL or MariaDB error.', { patternFlags, ...mysqlProperties(formatsWithPatterns) }],
  'pgbouncer-message': () => ['One PgBouncer message.', { patternFlags, ...pgBouncerProperties(formatsWithPatterns) }],
};

/** The schema of a kind of file; `id` is the URL it is served at. */
export function apiSchema(kind: ApiKind, id: string): Schema {
  const [description, properties] = bodies[kind]();
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', $id: id, title: `${kind}.json`, ...closed(description, { ...header(kind), ...properties }) };
}

/** The fields of a kind's records (or of the file, for kinds without records), for the /api/ page. */
export function documentedFields(kind: ApiKind): { name: string; description: string }[] {
  const [, properties] = bodies[kind]();
  // A file of records documents the record: an array's items, or a map's values.
  const record = Object.values(properties)
    .map((p) => (p.type === 'array' ? p.items : p.additionalProperties) as Schema | undefined)
    .find((r) => r?.properties);
  const fields = (record ? record.properties : properties) as Record<string, Schema>;
  return Object.entries(fields).map(([name, schema]) => ({ name, description: String(schema.description ?? '') }));
}
