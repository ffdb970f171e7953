// How often each PgBouncer message appears in public issue threads and pages
// (src/data/pgbouncer/frequency.json): the order in which its entries get written. The method and
// its limits are in the file; every count is backed by the addresses it counted.
import { z } from 'astro/zod';
import data from '../../../data/pgbouncer/frequency.json' with { type: 'json' };
import { findPgBouncerMessage } from './facts';

const FILE = 'src/data/pgbouncer/frequency.json';
const address = z.string().url('must be a full address such as "https://github.com/pgbouncer/pgbouncer/issues/140"');

/** One message's place in the ranking. */
export const messageFrequencySchema = z
  .object({
    /** The message's slug in src/data/pgbouncer/messages.json. */
    slug: z.string().refine((slug) => findPgBouncerMessage(slug) !== undefined, 'is not the slug of a message in src/data/pgbouncer/messages.json'),
    /** 1 for the most frequent; equal counts share a rank. */
    rank: z.number().int().positive(),
    /** Distinct threads and pages counted: issues plus pages. */
    count: z.number().int().nonnegative(),
    /** The issue and pull-request threads that quote it. */
    issues: z.array(address),
    /** The Q&A, blog and vendor pages that quote it. */
    pages: z.array(address),
  })
  .refine((f) => f.count === new Set([...f.issues, ...f.pages]).size, { message: 'count must equal the number of distinct addresses listed', path: ['count'] });

export type MessageFrequency = z.infer<typeof messageFrequencySchema>;

const fileSchema = z
  .object({
    /** The day the searches ran (YYYY-MM-DD). */
    measured: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date such as "2026-12-07"'),
    /** How the counts were made, and what they miss. */
    method: z.array(z.string().min(1)).min(1, 'must say how the counts were made'),
    /** Most frequent first. */
    ranking: z.array(messageFrequencySchema),
    /** PostgreSQL errors readers meet because of the pooler, with the threads that show them. */
    postgresqlBehindPooler: z.array(z.object({ code: z.string().length(5), message: z.string(), threads: z.array(address) })),
  })
  .refine((f) => f.ranking.every((r, i) => i === 0 || f.ranking[i - 1]!.count >= r.count), { message: 'ranking must go from the highest count down', path: ['ranking'] })
  .refine((f) => new Set(f.ranking.map((r) => r.slug)).size === f.ranking.length, { message: 'a slug is ranked twice', path: ['ranking'] });

/** Validates the frequency file; throws naming the file and the field. */
export function parsePgBouncerFrequency(input: unknown, file = FILE) {
  const parsed = fileSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  }
  return parsed.data;
}

const frequency = parsePgBouncerFrequency(data);

/** The `limit` most frequent messages, in order; ties at the cut are all kept. */
export function mostFrequentPgBouncerMessages(limit: number): MessageFrequency[] {
  const cut = frequency.ranking[limit - 1]?.count ?? 0;
  return frequency.ranking.filter((r, i) => i < limit || (r.count === cut && cut > 0));
}
