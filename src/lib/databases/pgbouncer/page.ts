// PgBouncer's side of the error page (src/lib/databases/error-page.ts). Its identity is the
// message itself (no number, and every message shares 08P01 or F0000); its reproductions are a
// pooler's settings and what clients do through it, run on Debian's PgBouncer in front of the
// embedded PostgreSQL; its clients are PostgreSQL's, so catching it is catching its SQLSTATE.
import { CATCH_STACKS } from '../../catching/catching';
import { entryPageSections } from '../../entries/entry-sections';
import { fixProof } from '../../entries/fix-proof';
import type { PgBouncerEntry } from '../../entries/pgbouncer-entry';
import type { PoolerConfig, PoolerStep } from '../../entries/pooler-scenario';
import type { NodeError, PoolerObservation } from '../../reproduction/pgbouncer-observations';
import { errorTitle } from '../../site/titles';
import { codeUrl, sqlStateUrl, withBase } from '../../site/urls';
import type { ErrorPageView, ErrorTableView, Inline, ParagraphView, ReproductionView } from '../error-page';
import { getSqlState } from '../postgresql/facts';
import { findPgBouncerMessage, pgBouncerSource, type PgBouncerMessage } from './facts';

const NAME = 'PgBouncer';
const newestTag = pgBouncerSource.tags.at(-1)!;
const oldestTag = pgBouncerSource.tags[0]!;

/** A message's page, relative to the site's base. */
export const pgBouncerUrl = (slug: string) => withBase(`pgbouncer/${slug}/`);

/** "src/client.c:512" at a tag, on GitHub. */
const sourceUrl = (location: string, commit = newestTag.commit) => {
  const [file, line] = location.split(':');
  return `https://github.com/${pgBouncerSource.repository}/blob/${commit}/${file}#L${line}`;
};

/** "1.12.0 or earlier to 1.25.2": the tags read that send it; the oldest tag read may not be its first. */
export function pgBouncerVersionsLabel(message: Pick<PgBouncerMessage, 'versions'>): string {
  const first = message.versions[0]!;
  const last = message.versions.at(-1)!;
  const from = first === oldestTag.version ? `${first} or earlier` : first;
  return last === newestTag.version ? `${from} to ${last} (the newest)` : `${from} to ${last}, gone in the next release read`;
}

/** "ERROR from 1.12.0, FATAL from 1.16.0", where the severity or SQLSTATE changed between the tags. */
const changes = (from: Record<string, string>) =>
  Object.entries(from)
    .map(([version, value]) => `${value} from ${version}`)
    .join(', ');

/** The facts under the message: what it means for the connection, and what changed between versions. */
function factParagraphs(message: PgBouncerMessage): ParagraphView[] {
  const debian = `Debian 12's pgbouncer 1.18.0 ${message.versions.includes('1.18.0') ? 'sends' : 'does not send'} it.`;
  return [
    {
      parts: [
        ...(message.console
          ? ['The admin console (the ', { code: 'pgbouncer' }, ' database) sends it in answer to a command: it ends the command, not the connection. ']
          : [message.severity === 'FATAL' ? "PgBouncer sends it as FATAL and closes the client's connection. " : 'PgBouncer sends it as ERROR: the connection stays open. ']),
        debian,
      ],
    },
    ...(Object.keys(message.severityFrom).length > 1 ? [{ parts: [`Its severity changed between versions: ${changes(message.severityFrom)}.`] }] : []),
    ...(Object.keys(message.sqlstateFrom).length > 1 ? [{ parts: [`Its SQLSTATE changed between versions: ${changes(message.sqlstateFrom)}.`] }] : []),
    ...(message.reaches ? [{ parts: [`Who gets it: ${message.reaches}.`] }] : []),
  ];
}

/** The pooler's settings as pgbouncer.ini lines, beyond what the tests always set. */
export function poolerIni(pooler: PoolerConfig = {}): string {
  const databases = pooler.databases ? ['[databases]', ...Object.entries(pooler.databases).map(([name, target]) => `${name} = ${target}`), ''] : [];
  const settings = { ...(pooler.pool_mode ? { pool_mode: pooler.pool_mode } : {}), ...pooler.settings };
  return [...databases, '[pgbouncer]', ...Object.entries(settings).map(([name, value]) => `${name} = ${value}`)].join('\n');
}

/** One step as a sentence: "holder connects as app to shop, then sends BEGIN". */
export function stepSentence(step: PoolerStep): string {
  const { connect } = step;
  const how = connect
    ? [connect.user && `as ${connect.user}`, connect.database && `to ${connect.database}`, connect.ssl && 'over TLS', connect.options && `with options ${connect.options}`]
        .filter(Boolean)
        .join(' ')
    : '';
  const actions = [
    connect && `connects${how ? ` ${how}` : ''}`,
    step.sql && `sends ${step.sql.trim()}`,
    step.idle && `waits ${step.idle} s`,
  ].filter(Boolean);
  return `${step.session} ${actions.join(', then ')}${step.fails ? ' (and fails, as it must)' : ''}`;
}

/** node-postgres's errors, one a line, as a page shows them. */
const nodeText = (errors: readonly NodeError[]) => errors.map((e) => [e.severity, e.code && `(${e.code})`, e.message].filter(Boolean).join(' ')).join('\n');

/** The pooler's settings and the clients' steps, what psql printed and what node-postgres reported, or why it cannot run. */
export function pgBouncerReproductionView(reproduction: PgBouncerEntry['reproduction'], observation: PoolerObservation | undefined): ReproductionView {
  if (reproduction.unavailable !== undefined || !reproduction.steps) return { unavailable: reproduction.unavailable ?? '' };
  const source = observation && `through ${observation.pooler} in front of PostgreSQL, in this site's tests`;
  const node = observation && observation.node.length > 0 ? nodeText(observation.node) : undefined;
  // psql pads a column's header to its width ("?column? "): invisible, and no HTML line may end in white space.
  const psql = observation?.psql?.replace(/[ \t]+$/gm, '');
  return {
    description: `PgBouncer runs with these settings (beyond a listen port, authentication, and every database sent to the test PostgreSQL), and the clients, one session each: ${reproduction.steps.map(stepSentence).join('; ')}.`,
    script: { code: poolerIni(reproduction.pooler), lang: 'ini' },
    ...(psql !== undefined
      ? { output: { text: psql, source: `printed by psql ${source}`, ariaLabel: 'psql output' } }
      : node
        ? { output: { text: node, source: `reported by node-postgres ${source}`, ariaLabel: 'node-postgres output' } }
        : {}),
    ...(psql !== undefined && node ? { alsoPrinted: { label: 'node-postgres reported', text: node } } : {}),
  };
}

/** A PgBouncer message's page: the facts from its source for every message, and the written guide where one exists. */
export function pgBouncerErrorPageView(message: PgBouncerMessage, guide: PgBouncerEntry | undefined, observation: PoolerObservation | undefined): ErrorPageView {
  const newest = message.locations[newestTag.version] ?? message.locations[message.versions.at(-1)!]!;
  const commit = message.locations[newestTag.version] ? newestTag.commit : pgBouncerSource.tags.find((t) => t.version === message.versions.at(-1))!.commit;
  const [first, ...others] = newest;
  const related = guide?.related ?? [];
  const condition = getSqlState(message.sqlstate).condition;
  return {
    system: 'pgbouncer',
    stacks: CATCH_STACKS,
    id: message.slug,
    title: errorTitle({ databaseName: NAME, code: message.sqlstate, format: message.format, name: message.slug }),
    description:
      guide?.summary ??
      `PgBouncer's message "${message.format}" (${message.severity}, SQLSTATE ${message.sqlstate}): where its source sends it, in which versions, and how a client sees it.`,
    keywords: [message.format, `SQLSTATE ${message.sqlstate}`, NAME, 'connection pooler'],
    crumbs: [{ name: NAME, path: withBase('pgbouncer/') }, { name: message.format }],
    // Like MySQL's data pages: pages made from the data alone read alike, so search engines skip them until written.
    noindex: !guide,
    searchFilter: `database:${NAME}`,
    header: {
      copy: message.format,
      prefix: NAME,
      id: message.format,
      searchMeta: 'database:pgbouncer',
      ...(guide ? { summary: guide.summary } : {}),
      badgesLabel: `Facts about PgBouncer's message`,
      badges: [
        { text: NAME, wideOnly: true },
        { text: message.severity, tone: `level-${message.severity}` },
        { text: `SQLSTATE ${message.sqlstate}`, href: sqlStateUrl(message.sqlstate) },
        { text: message.console ? 'Admin console' : 'Sent to clients' },
        ...(observation ? [{ text: `Reproduced on ${observation.pooler}`, tone: 'verified' }] : []),
      ],
    },
    unwrittenNotice: `No written guide for this PgBouncer message yet. What follows is what PgBouncer's source says about it: its SQLSTATE, its severity, where it is sent and in which versions.`,
    sections: entryPageSections(guide, related.length),
    ...(guide ? { reproduction: pgBouncerReproductionView(guide.reproduction, observation) } : {}),
    messages: {
      heading: 'The message',
      blocks: [
        {
          list: [
            {
              format: message.format,
              // Placeholders read as words, with the source's spelling under them; a fixed text needs neither.
              ...(message.format.includes('%') ? { dialect: 'postgres' as const } : {}),
              meta: [
                `${message.severity} · SQLSTATE ${message.sqlstate} · `,
                { href: sourceUrl(first!, commit), parts: [first!] },
                ...(others.length > 0 ? [` and ${others.length} more place${others.length > 1 ? 's' : ''}`] : []),
                ` · ${message.function}() through ${message.sender}() · PgBouncer ${pgBouncerVersionsLabel(message)}`,
              ],
            },
          ],
        },
        ...factParagraphs(message),
      ],
      sqlstate: message.sqlstate,
      after: [],
    },
    catching: {
      notes: [
        `PgBouncer speaks PostgreSQL's protocol, so a client library reports this message as it reports a PostgreSQL error with SQLSTATE \`${message.sqlstate}\` (${condition}): [${message.sqlstate}'s page](/postgresql/${message.sqlstate}/#catch) shows the handler for each library. The SQLSTATE alone does not tell PgBouncer's messages apart; the message text does.`,
      ],
      arrivals: [],
      orm: [],
    },
    related: related.map((r) =>
      r.slug !== undefined
        ? { href: pgBouncerUrl(r.slug), label: [{ code: findPgBouncerMessage(r.slug)!.format }], note: r.note }
        : { href: codeUrl(r.sqlstate!), label: [{ code: r.sqlstate! }, ' ', { underscores: getSqlState(r.sqlstate!).condition }], note: r.note },
    ),
    sources: {
      items: [
        ...(guide?.sources ?? []).map((link) => [{ href: link.url, parts: [link.title] }]),
        [{ href: sourceUrl(first!, commit), parts: [first!] }, ` in ${pgBouncerSource.repository}, where PgBouncer sends the message`],
      ],
      ...(others.length > 0
        ? { files: { summary: `Every place that sends it (${newest.length})`, items: newest.map((location) => [{ href: sourceUrl(location, commit), parts: [{ code: location }] }]) } }
        : {}),
    },
    ...(guide
      ? {
          trust: {
            subject: `PgBouncer ${message.format}`,
            facts: {
              server: 'pgbouncer',
              reproducedOn: observation ? [observation.pooler.replace(/^PgBouncer /, '')] : [],
              fixes: guide.fixes.map((fix) => fixProof(fix, 'pgbouncer')),
            },
          },
        }
      : {}),
  };
}

/**
 * A table of PgBouncer's messages: severity, SQLSTATE, then the message (with the summary where
 * written). The message comes last: the tables keep their first cell on one line, and on a phone the
 * last one, the words, takes the card's full width.
 */
export function pgBouncerTableView(messages: readonly PgBouncerMessage[], summaries: ReadonlyMap<string, string>, caption: string): ErrorTableView {
  return {
    caption,
    columns: ['Severity', 'SQLSTATE', 'Message'],
    rows: messages.map((message) => {
      const summary = summaries.get(message.slug);
      const link: Inline = { href: pgBouncerUrl(message.slug), parts: [{ format: message.format, dialect: 'postgres' }] };
      return [
        { parts: [message.severity] },
        { class: 'mono', parts: [{ href: sqlStateUrl(message.sqlstate), parts: [message.sqlstate] }] },
        // A summary names settings (client_idle_timeout) that need break points on a phone.
        { class: 'words', parts: summary ? [link, ': ', { underscores: summary }] : [link] },
      ];
    }),
  };
}
