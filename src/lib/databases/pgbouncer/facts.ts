// Typed access to the messages PgBouncer sends to its clients (src/data/pgbouncer/messages.json),
// read from its C source at each release tag by scripts/import-pgbouncer-data.mjs. The file is
// checked against the schema when this module loads, so a bad import fails with the field it broke.
import { z } from 'astro/zod';
import { SQLSTATE_SHAPE } from '../../sqlstate/sqlstate';
import data from '../../../data/pgbouncer/messages.json' with { type: 'json' };

const FILE = 'src/data/pgbouncer/messages.json';
const VERSION = /^1\.\d+\.\d+$/;
const SEVERITY = z.enum(['ERROR', 'FATAL']);
/** A map from the first version with a value to that value: { "1.12.0": "ERROR", "1.16.0": "FATAL" }. */
const changesOf = <T extends z.ZodType>(value: T) =>
  z.record(z.string().regex(VERSION, 'keys must be versions such as "1.18.0"'), value).refine((m) => Object.keys(m).length > 0, 'must name the first version');

/** One message format PgBouncer sends in an ErrorResponse, with where and since when. */
export const pgBouncerMessageSchema = z
  .object({
    /** The URL part of /pgbouncer/<slug>/: the message's words; stable across imports. */
    slug: z.string().regex(/^[a-z0-9_]+(-[a-z0-9_]+)*$/, 'must be lowercase words joined by "-", such as "query_wait_timeout"'),
    /** The message as the C source formats it, placeholders (%s, %d) included. */
    format: z.string().min(1, 'must not be empty'),
    /** True for the admin console's errors (SHOW, PAUSE ... on the pgbouncer database), which end the command, not the connection. */
    console: z.boolean(),
    /** The SQLSTATE the newest version sends; send_pooler_error() falls back to 08P01. */
    sqlstate: z.string().regex(SQLSTATE_SHAPE, 'must be a five-character SQLSTATE such as "08P01"'),
    /** ERROR or FATAL in the newest version; FATAL closes the connection. */
    severity: SEVERITY,
    /** The SQLSTATE from each version where it changed. */
    sqlstateFrom: changesOf(z.string().regex(SQLSTATE_SHAPE, 'must be a five-character SQLSTATE')),
    /** The severity from each version where it changed (disconnects became FATAL in 1.16.0). */
    severityFrom: changesOf(SEVERITY),
    /** The C function that sends it in the newest version. */
    function: z.string().min(1),
    /** The function it calls to send it: disconnect_client, admin_error, disconnect_server ... */
    sender: z.string().min(1),
    /** When only some clients get it (a server closed under a client's query), who. */
    reaches: z.string().optional(),
    /** Every imported version that sends it, oldest first. */
    versions: z.array(z.string().regex(VERSION, 'must be versions such as "1.18.0"')).min(1, 'must list a version'),
    /** Per version, each "src/file.c:line" that sends it. */
    locations: z.record(z.string(), z.array(z.string().regex(/^src\/\w+\.c:\d+$/, 'must be "src/<file>.c:<line>"')).min(1)),
  })
  .refine((m) => m.versions.every((v) => m.locations[v]), { message: 'every version in versions needs its locations', path: ['locations'] })
  .refine((m) => Object.values(m.sqlstateFrom).at(-1) === m.sqlstate && Object.values(m.severityFrom).at(-1) === m.severity, {
    message: 'sqlstate and severity must be the last value of sqlstateFrom and severityFrom',
    path: ['sqlstate'],
  });

export type PgBouncerMessage = z.infer<typeof pgBouncerMessageSchema>;

/** The imported source: repository, and the tags read with their commits. */
export const pgBouncerSourceSchema = z.object({
  /** owner/name on GitHub. */
  repository: z.literal('pgbouncer/pgbouncer'),
  /** Each release tag read, oldest first. */
  tags: z.array(z.object({ version: z.string().regex(VERSION), tag: z.string(), commit: z.string().regex(/^[0-9a-f]{40}$/), commitDate: z.string() })).min(2),
  /** Where ErrorResponse packets are written. */
  sender: z.string(),
  /** Per version, the SQLSTATE and severity send_pooler_error() uses when its caller gives none. */
  defaults: z.record(z.string(), z.object({ defaultCode: z.string().regex(SQLSTATE_SHAPE), defaultSeverity: SEVERITY })),
  /** Call sites passing on PostgreSQL's own login error, whose text is not in PgBouncer's source. */
  notFollowed: z.array(z.object({ version: z.string(), file: z.string(), line: z.number(), call: z.string() })),
});

const fileSchema = z
  .object({ source: pgBouncerSourceSchema, messages: z.array(pgBouncerMessageSchema) })
  .refine((f) => new Set(f.messages.map((m) => m.slug)).size === f.messages.length, { message: 'two messages share a slug', path: ['messages'] });

/** Validates the messages file; throws naming the file and the field. */
export function parsePgBouncerData(input: unknown, file = FILE) {
  const parsed = fileSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  }
  return parsed.data;
}

const parsed = parsePgBouncerData(data);

/** The import's source block: the tags and commits read. */
export const pgBouncerSource = parsed.source;

/** Every message, sorted by slug. */
export const pgBouncerMessages: readonly PgBouncerMessage[] = parsed.messages;

export const findPgBouncerMessage = (slug: string) => pgBouncerMessages.find((m) => m.slug === slug);

const PLACEHOLDER = /%-?\d*(?:h|l{0,2}|z)?[sdufx]/g;

/** A format as a pattern matching the text a client receives: %s and %d stand for any text. */
const formatPattern = (format: string) =>
  new RegExp(`^${format.split(PLACEHOLDER).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*?')}$`, 's');

/**
 * The message a text a client received comes from, if PgBouncer sends it; console messages only
 * when asked. When two formats match ("no such user: %s" and "no such user: x" both read "no such
 * user: x"), the one with more fixed text wins.
 */
export function pgBouncerMessageFor(text: string, options: { console?: boolean } = {}): PgBouncerMessage | undefined {
  const fixedLength = (m: PgBouncerMessage) => m.format.replace(PLACEHOLDER, '').length;
  return pgBouncerMessages
    .filter((m) => m.console === (options.console ?? false) && formatPattern(m.format).test(text))
    .sort((a, b) => fixedLength(b) - fixedLength(a))[0];
}
