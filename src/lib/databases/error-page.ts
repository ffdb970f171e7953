// What an error page shows, whatever the system. Each system's adapter builds these pieces from
// its facts and entries (src/lib/databases/<system>/page.ts); the page components read only them
// and never ask which system a page belongs to.
import type { DatabaseId, FormatDialect, Stack } from '.';
import type { SectionId } from '../entries/entry-sections';
import type { FixServer } from '../entries/fix-proof';
import type { TrustFacts } from '../entries/trust';
import type { Crumb } from '../site/structured-data';

/** The statements that raise the error and what a client printed, as the reproduction shows them. */
export interface ReproductionView {
  /** Why the error cannot be raised in the tests, and how a reader sees it (inline Markdown). */
  unavailable?: string;
  /** What a scenario does, where the reproduction needs more than one session's statements. */
  description?: string;
  /** The statements or commands that raise the error, and their language for highlighting. */
  script?: { code: string; lang: string };
  /** What the client printed (or the message format, where no server of the system ran), with where it comes from. */
  output?: { text: string; source: string; ariaLabel: string };
  /** What another client printed for the same run: node-postgres beside psql. */
  alsoPrinted?: { label: string; text: string };
  /** How the system's other versions did with the same statements, where several ran. */
  versions?: { same?: string; differing: { label: string; text: string }[] };
}

/** One library's tab in "Catch it in code". */
export interface CatchTabView {
  /** The tab's id, unique on the page: "node-postgres", "pdo". */
  id: string;
  /** The language and library: "Python (psycopg 3)". */
  label: string;
  /** The handler; absent where the library never reports the error and the note says what it does instead. */
  code?: string;
  /** What the reader should know beside the handler. */
  note?: string;
}

/** One way the error reaches a client, with a handler per library. */
export interface ArrivalView {
  /** The way it arrives, unique on the page: "statement", "connect", "session" ... */
  arrival: string;
  /** What this way of arriving means for a handler; null where the tabs say it all. */
  summary: string | null;
  tabs: CatchTabView[];
  /** Which of the tabs ran in the tests, and against what. */
  tested: string;
}

/** The "Catch it in code" section. */
export interface CatchView {
  /** Whether to retry, where the system's retry advice covers the error. */
  retry?: { verdict: string; label: string; reason: string };
  /** Said before the tabs (inline Markdown). */
  notes: string[];
  /** The ways the error arrives, the one most handlers meet first. */
  arrivals: ArrivalView[];
  /** Where an ORM wraps the error, what it raises instead. */
  orm: { orm: string; url: string; catches: string; detail: string }[];
}

/** A run of inline content, as page views carry text that mixes words, code and links. */
export type Inline =
  /** Plain words. */
  | string
  /** A fragment of code, an identifier or a message as the system spells it. */
  | { code: string }
  /** A link around more inline content. */
  | { href: string; parts: Inline[] }
  /** An identifier long enough to need break points at its underscores (unique_violation). */
  | { underscores: string }
  /** A message format with each placeholder read as the word it stands for. */
  | { format: string; dialect: FormatDialect };

/** A paragraph of inline content. */
export interface ParagraphView {
  parts: Inline[];
  /** Its class, where it is set apart ("muted"). */
  class?: string;
}

/** One message format in a list of them. */
export interface MessageView {
  /** The format, or what a server printed, as the source or the server spells it. */
  format: string;
  /** Where set, the format is shown with its placeholders as words and the source's spelling under it. */
  dialect?: FormatDialect;
  /** The line under it: levels, where the source raises it, versions. */
  meta: Inline[];
}

/** One fact in the row of badges under a page's title. */
export interface BadgeView {
  text: string;
  /** Where it links, if anywhere. */
  href?: string;
  /** Classes beside "badge": "verified", "level-ERROR", "retry retry-do-not-retry". */
  tone?: string;
  /** Shown on wide screens only, where the breadcrumb already says it on a phone. */
  wideOnly?: boolean;
}

/** The top of an error page: the title, the summary and the badges. */
export interface HeaderView {
  /** What the copy button copies: the code or the number. */
  copy: string;
  /** Said before the code in the title, where the code alone does not name the system ("MySQL"). */
  prefix?: string;
  /** The error's identifier: 23505, 1062. */
  id: string;
  /** Its name: unique_violation, ER_DUP_ENTRY; none where the identifier is the message itself. */
  name?: string;
  /** A search filter value the page carries hidden ("database:mysql"), where its system is one of several. */
  searchMeta?: string;
  /** The written summary, where an entry exists. */
  summary?: string;
  /** The badges list's accessible name. */
  badgesLabel: string;
  badges: BadgeView[];
}

/** The "Messages" section: the formats, what the reader should know about them, the notes after the cross-system link. */
export interface MessagesView {
  heading: string;
  /** Lists of formats and paragraphs, in page order. */
  blocks: ({ list: MessageView[] } | ParagraphView)[];
  /** The SQLSTATE whose page across systems the section links, where other systems use it too. */
  sqlstate: string;
  /** Paragraphs after that link. */
  after: ParagraphView[];
}

/** One code readers confuse with this one. */
export interface RelatedView {
  href: string;
  /** The link's text: the code and its name. */
  label: Inline[];
  /** How to tell the two apart (inline Markdown). */
  note: string;
}

/** The "Sources" section. */
export interface SourcesView {
  /** One list item each: the entry's written sources, then where the system declares the error. */
  items: Inline[][];
  /** A paragraph after the list. */
  note?: ParagraphView;
  /** The source files that raise the error, folded under a summary. */
  files?: { summary: string; items: Inline[][] };
}

/** An error page, whatever the system: what the one page component (src/components/ErrorPage.astro) shows. */
export interface ErrorPageView {
  /** The system, as fixes are proven on. */
  system: FixServer;
  /** The site's section the page belongs to, as the navigation marks it; none for a system without one. */
  section?: DatabaseId;
  /** The client libraries a fix written per stack has tabs for. */
  stacks: readonly Stack[];
  /** The error's identifier, as the catch tabs name it. */
  id: string;
  title: string;
  description: string;
  /** For the page's structured data. */
  keywords: string[];
  crumbs: Crumb[];
  /** Pages made from the data alone that read alike across a system: search engines skip them until written. */
  noindex: boolean;
  /** The search filter the article carries, where the system is one of several ("database:MySQL"). */
  searchFilter?: string;
  header: HeaderView;
  /** Said instead of the guide where none is written. */
  unwrittenNotice: string;
  /** The contents list, in page order. */
  sections: { id: SectionId; label: string }[];
  /** The written guide's reproduction, where there is a guide. */
  reproduction?: ReproductionView;
  messages: MessagesView;
  catching: CatchView;
  related: RelatedView[];
  sources: SourcesView;
  /** The foot of a written entry: what it is about, and what its runs found. */
  trust?: { subject: string; facts: Omit<TrustFacts, 'lastChanged'> };
}

/** A table of errors: its columns and, per error, its cells. */
export interface ErrorTableView {
  /** The table's accessible name. */
  caption: string;
  columns: string[];
  rows: { class?: string; parts: Inline[] }[][];
}
