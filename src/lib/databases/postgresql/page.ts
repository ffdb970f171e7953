// PostgreSQL's side of the error page pieces (src/lib/databases/error-page.ts): reproductions ran
// in psql's terms on every supported major, the newest's output shown and the others compared.
import { catchBlock } from '../../catching/catching';
import { entryMessages } from '../../entries/entry-messages';
import { entryPageSections } from '../../entries/entry-sections';
import type { Entry, Reproduction } from '../../entries/entry-schema';
import { fixProof } from '../../entries/fix-proof';
import { counted, listed } from '../../rendering/words';
import { majorsLabel } from '../../reproduction/majors';
import { observationOf, observedOn, reproducedOn, reproductionMatrix, runText, type Observation } from '../../reproduction/observations';
import { scenarioScript, scenarios } from '../../reproduction/scenarios';
import type { Crumb } from '../../site/structured-data';
import { getDatabase } from '..';
import { errorTitle } from '../../site/titles';
import { classUrl, codeUrl, messagesUrl, withBase } from '../../site/urls';
import type { BadgeView, ErrorPageView, ErrorTableView, Inline, MessageView, ParagraphView, ReproductionView, SourcesView } from '../error-page';
import { codeFacts, dataPageDescription, sinceLabel, type CodeFacts } from './code-facts';
import { chosenFrom, getSqlState, source, type PostgresMessage, type SqlState } from './facts';
import { fileOf, isCurrentWording, sourceUrl, versionsLabel } from './messages';
import { retryAdvice } from './retry';
import { scannerFormats, scannerMessages, scannerMessagesOf } from './scanner-messages';

export function postgresReproductionView(code: string, reproduction: Reproduction, observation: Observation | undefined): ReproductionView {
  const scenario = 'scenario' in reproduction ? scenarios[reproduction.scenario] : undefined;
  const script = 'sql' in reproduction ? [reproduction.setup?.trim(), reproduction.sql.trim()].filter(Boolean).join('\n\n') : scenario && scenarioScript(scenario);
  // Every major ran the statements; the newest's output is shown, the others are compared with it.
  const matrix = observation ? reproductionMatrix(code) : [];
  const same = matrix.filter((cell) => cell.result === 'same');
  return {
    ...('unavailable' in reproduction ? { unavailable: reproduction.unavailable } : {}),
    ...(scenario ? { description: scenario.description } : {}),
    ...(script ? { script: { code: script, lang: 'sql' } } : {}),
    ...(observation ? { output: { text: runText(observation), source: `printed by ${observedOn(code)} in this site's tests`, ariaLabel: 'Server output' } } : {}),
    ...(matrix.length > 1
      ? {
          versions: {
            ...(same.length > 0 ? { same: `Same output on PostgreSQL ${listed(same.map((cell) => cell.server).reverse())}.` } : {}),
            differing: matrix.flatMap((cell) =>
              cell.result === 'same' ? [] : [{ label: `PostgreSQL ${cell.server}: ${cell.result === 'wording' ? 'other wording' : 'not reproduced'}`, text: cell.text }],
            ),
          },
        }
      : {}),
  };
}

/** One message format as a list shows it: its levels, the first place that raises it, its versions. */
export function postgresMessageView(message: PostgresMessage): MessageView {
  const levels = message.levels.filter((l) => l !== 'variable').join(', ');
  const [first, ...others] = message.locations;
  const versions = versionsLabel(message.versions);
  return {
    format: message.format,
    meta: [
      ...(levels ? [`${levels} · `] : []),
      ...(first ? [{ href: sourceUrl(first, message.locationsBranch), parts: [fileOf(first)] }] : []),
      ...(others.length > 0 ? [` and ${others.length} more place${others.length > 1 ? 's' : ''}`] : []),
      ...(versions ? [` · PostgreSQL ${versions}`] : []),
      ...(isCurrentWording(message) ? [] : [' (older wording)']),
    ],
  };
}

/** The sources of a code: the entry's, the appendix and errcodes.txt, then the files that raise it or where they are listed. */
export function postgresSourcesView(links: readonly { title: string; url: string }[], messages: readonly PostgresMessage[], filesOn?: string): SourcesView {
  // One link per source file, to its first call site for this code.
  const files = new Map<string, { location: string; branch?: string }>();
  for (const message of messages) {
    for (const location of message.locations) {
      if (!files.has(fileOf(location))) files.set(fileOf(location), { location, branch: message.locationsBranch });
    }
  }
  return {
    items: [
      ...links.map((link) => [{ href: link.url, parts: [link.title] }]),
      [{ href: 'https://www.postgresql.org/docs/current/errcodes-appendix.html', parts: ['PostgreSQL documentation: Appendix A. PostgreSQL Error Codes'] }],
      [
        { href: `https://github.com/postgres/postgres/blob/${source.commit}/src/backend/utils/errcodes.txt`, parts: ['src/backend/utils/errcodes.txt'] },
        ', where PostgreSQL declares every SQLSTATE',
      ],
    ],
    ...(filesOn ? { note: { parts: ['The source files that raise this code are listed with ', { href: filesOn, parts: ['all of its messages'] }, '.'] } } : {}),
    ...(!filesOn && files.size > 0
      ? {
          files: {
            summary: `Source files that raise this code (${files.size})`,
            items: [...files.entries()]
              .sort((a, b) => a[0].localeCompare(b[0]))
              .map(([file, { location, branch }]) => [{ href: sourceUrl(location, branch), parts: [{ code: file }] }]),
          },
        }
      : {}),
  };
}

/** The badges under a code's title: class, levels, since, whether core raises it, where it was reproduced, retry advice. */
function postgresBadges(facts: CodeFacts, reproducedOnMajors: readonly number[]): BadgeView[] {
  const { state } = facts;
  const retry = retryAdvice(state);
  return [
    // The breadcrumb links the class too: on a phone the badge gives its row to the "most likely" box.
    { text: `Class ${state.class}: ${facts.classTitle}`, href: classUrl(state.class), wideOnly: true },
    ...facts.levels.map((level) => ({ text: level, tone: `level-${level}` })),
    ...(state.kind !== 'error' ? [{ text: state.kind === 'warning' ? 'Warning code' : 'Success code' }] : []),
    { text: `Since PostgreSQL ${sinceLabel(state, source.oldestVersionCompared)}` },
    ...(state.removedIn ? [{ text: `Removed in PostgreSQL ${state.removedIn}`, tone: 'level-WARNING' }] : []),
    { text: facts.raisedByPostgres ? 'Raised by core PostgreSQL' : 'Never raised by core PostgreSQL' },
    ...(reproducedOnMajors.length > 0 ? [{ text: `Reproduced on PostgreSQL ${majorsLabel(reproducedOnMajors)}`, tone: 'verified' }] : []),
    { text: `Retry? ${retry.label}`, href: '#retry', tone: `retry retry-${retry.verdict}` },
  ];
}

/** The words the scanner puts before "at or near": not errmsg() formats, yet what a reader's log says. */
function scannerBlocks(code: string): ({ list: MessageView[] } | ParagraphView)[] {
  const messages = scannerMessagesOf(code);
  if (messages.length === 0) return [];
  const [nearFormat, endFormat] = scannerMessages.formats;
  return [
    {
      parts: [
        'The SQL scanner and grammar fill the first ',
        { code: '%s' },
        ' of ',
        { code: nearFormat! },
        ' and ',
        { code: endFormat! },
        ` with one of these words. Each line below is what ${scannerMessages.server} printed for the SQL under it:`,
      ],
    },
    { list: messages.map((message) => ({ format: message.observed, meta: [{ code: message.input }] })) },
  ];
}

/** "PostgreSQL also picks 58P02 at run time, in errcode_for_file_access() ...": the raisers that choose the code from errno. */
function errnoParagraph(facts: CodeFacts): ParagraphView[] {
  if (facts.errnoRaisers.length === 0) return [];
  return [
    {
      class: 'muted',
      parts: [
        `PostgreSQL also picks ${facts.state.code} at run time, in`,
        ...facts.errnoRaisers.flatMap((r, i): Inline[] => [
          ...(i > 0 ? ['; and in'] : []),
          ' ',
          { code: r.function },
          ` (${counted(r.messageCount, 'message')}, such as `,
          { code: r.formats[0]! },
          `) from ${chosenFrom(r)}`,
        ]),
        '.',
      ],
    },
  ];
}

/** A PostgreSQL code's page: the facts from the data for every code, and the written guide where one exists. */
export function postgresErrorPageView(code: string, guide: Entry | undefined): ErrorPageView {
  const facts = codeFacts(code, guide?.commonMessages);
  const { state } = facts;
  const observation = observationOf(code);
  const related = [
    ...(guide?.related ?? []),
    ...facts.sameCondition
      .filter((s) => !guide?.related.some((r) => r.code === s.code))
      .map((s) => ({ code: s.code, note: 'Shares the condition name `' + state.condition + '` with this code, in class ' + s.class + '.' })),
  ];
  const { shown, onlyOnMessagesPage } = entryMessages(facts.messages);
  // 42601's readers see the grammar's words ("syntax error at or near"), not its bare "%s at or near".
  const mainFormat = scannerFormats(code)[0] ?? facts.messages[0]?.format;
  const crumbs: Crumb[] = [
    { name: 'PostgreSQL', path: withBase('postgresql/') },
    { name: `Class ${state.class}: ${facts.classTitle}`, path: classUrl(state.class) },
    { name: code },
  ];
  const reproducedOnMajors = observation ? reproducedOn(code) : [];
  return {
    system: 'postgresql',
    section: 'postgresql',
    stacks: getDatabase('postgresql').stacks,
    id: code,
    title: errorTitle({ databaseName: 'PostgreSQL', code, format: mainFormat, name: state.condition }),
    description: guide?.summary ?? dataPageDescription(facts),
    keywords: [code, state.condition, 'SQLSTATE', 'PostgreSQL'],
    crumbs,
    noindex: false,
    header: {
      copy: code,
      id: code,
      name: state.condition,
      ...(guide ? { summary: guide.summary } : {}),
      badgesLabel: 'Facts about this code',
      badges: postgresBadges(facts, reproducedOnMajors),
    },
    unwrittenNotice: `No written guide for ${code} yet. What follows is what PostgreSQL's source code says about it: its names, its class, the messages raised with it and how to catch it.`,
    sections: entryPageSections(guide, related.length),
    ...(guide ? { reproduction: postgresReproductionView(code, guide.reproduction, observation) } : {}),
    messages: {
      heading: `Messages PostgreSQL raises with ${code}`,
      blocks:
        facts.messages.length > 0
          ? [
              { list: shown.map(postgresMessageView) },
              ...scannerBlocks(code),
              ...(onlyOnMessagesPage > 0
                ? [
                    {
                      parts: [
                        { href: messagesUrl(code), parts: [`All ${facts.messages.length} messages raised with ${code}`] },
                        ` (${onlyOnMessagesPage} more, and the source files that raise them)`,
                      ],
                    },
                  ]
                : []),
            ]
          : [{ parts: [`No message in PostgreSQL's source code (server, contrib and client programs) is raised with ${code}.`] }],
      sqlstate: code,
      after: errnoParagraph(facts),
    },
    catching: catchBlock(facts),
    related: related.map((r) => ({ href: codeUrl(r.code), label: [{ code: r.code }, ' ', { underscores: getSqlState(r.code).condition }], note: r.note })),
    sources: postgresSourcesView(guide?.sources ?? [], facts.messages, onlyOnMessagesPage > 0 ? messagesUrl(code) : undefined),
    ...(guide
      ? {
          trust: {
            subject: `PostgreSQL ${code}`,
            facts: { server: 'postgresql', reproducedOn: reproducedOn(code).map(String), fixes: guide.fixes.map((fix) => fixProof(fix, 'postgresql')) },
          },
        }
      : {}),
  };
}

/**
 * A table of codes: code, condition name and, where written, the one-line summary. The all-codes
 * page leaves the summaries to the class pages: with one for each of the 263 codes it would not
 * fit the first-load budget (tests/e2e/budget.spec.ts).
 */
export function postgresTableView(states: readonly SqlState[], caption: string, summaries?: ReadonlyMap<string, string>): ErrorTableView {
  const removed = (state: SqlState) => (state.removedIn ? [` (removed in PostgreSQL ${state.removedIn})`] : []);
  return {
    caption,
    columns: ['Code', 'Condition name', ...(summaries ? ['What it means'] : [])],
    rows: states.map((state) => [
      { parts: [{ href: codeUrl(state.code), parts: [state.code] }] },
      { class: 'condition-cell', parts: [{ underscores: state.condition }, ...(summaries ? [] : removed(state))] },
      ...(summaries ? [{ class: 'words', parts: [{ underscores: summaries.get(state.code) ?? '' }, ...removed(state)] }] : []),
    ]),
  };
}
