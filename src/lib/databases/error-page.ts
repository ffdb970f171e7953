// What an error page shows, whatever the system. Each system's adapter builds these pieces from
// its facts and entries (src/lib/databases/<system>/page.ts); the page components read only them
// and never ask which system a page belongs to.

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
