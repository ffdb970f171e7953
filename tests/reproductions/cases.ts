// The reproductions of the written entries, read from content/postgresql/*.mdx.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { entrySchema, type Check, type Entry, type FixCheck, type Reproduction } from '../../src/lib/entries/entry-schema';
import { mysqlFamilyEntrySchema, type MySqlFamilyEntry } from '../../src/lib/entries/mysql-family-entry';
import type { MySqlFamilyId } from '../../src/lib/databases/mysql-family/facts';
import { pgBouncerEntrySchema, type PgBouncerEntry } from '../../src/lib/entries/pgbouncer-entry';
import type { PoolerCheck } from '../../src/lib/entries/pooler-scenario';

export const contentDir = join(import.meta.dirname, '../../content/postgresql');

export interface ReproductionCase {
  code: string;
  file: string;
  reproduction: Exclude<Reproduction, { unavailable: string }>;
}

/** The parsed YAML frontmatter of an entry file, or an error that names the file. */
export function frontmatter(file: string): unknown {
  const match = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'));
  if (!match) throw new Error(`${file}: no frontmatter`);
  try {
    return parse(match[1]!);
  } catch (error) {
    // The YAML parser counts lines from the frontmatter's first line, which is line 2 of the file.
    throw new Error(`${file}: the frontmatter is not valid YAML: ${(error as Error).message}`);
  }
}

export interface CheckCase {
  code: string;
  file: string;
  /** Where the check stands in the entry's `checks`, from 0. */
  index: number;
  check: Check;
}

/** Every written entry with the file it came from, validated. */
function entries(): { file: string; entry: Entry }[] {
  return readdirSync(contentDir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const file = `content/postgresql/${name}`;
      const parsed = entrySchema.safeParse(frontmatter(join(contentDir, name)));
      if (!parsed.success) {
        const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
        throw new Error(`${file}: ${problems.join('; ')}`);
      }
      return { file, entry: parsed.data };
    });
}

export function reproductionCases(): ReproductionCase[] {
  return entries().flatMap(({ file, entry: { code, reproduction } }) => ('unavailable' in reproduction ? [] : [{ code, file, reproduction }]));
}

export function checkCases(): CheckCase[] {
  return entries().flatMap(({ file, entry }) => entry.checks.map((check, index) => ({ code: entry.code, file, index, check })));
}

/** A claim of an entry that runs on a real PgBouncer: a PgBouncer entry's `checks`, a PostgreSQL entry's `poolerChecks`. */
export interface PoolerCheckCase {
  file: string;
  /** The entry's field that holds the check. */
  field: 'checks' | 'poolerChecks';
  /** Where the check stands in that field, from 0. */
  index: number;
  check: PoolerCheck;
}

/** The PostgreSQL entries' claims about their code behind PgBouncer. */
export function poolerCheckCases(): PoolerCheckCase[] {
  return entries().flatMap(({ file, entry }) => entry.poolerChecks.map((check, index) => ({ file, field: 'poolerChecks' as const, index, check })));
}

export interface FixCase {
  code: string;
  file: string;
  /** Where the fix stands in the entry's `fixes`, from 0. */
  index: number;
  fix: { title: string; code: string; check: FixCheck };
}

/** The fixes of the written entries that the tests run on the server. */
export function fixCases(): FixCase[] {
  return entries().flatMap(({ file, entry }) =>
    entry.fixes.flatMap(({ title, code, check }, index) => (check ? [{ code: entry.code, file, index, fix: { title, code, check } }] : [])),
  );
}

/** Every entry file of content/<folder>/, validated by `schema`; an invalid one throws naming the file and the fields. */
function validatedEntries<T>(folder: string, schema: { safeParse(input: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }) {
  const dir = join(import.meta.dirname, '../../content', folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const file = `content/${folder}/${name}`;
      const parsed = schema.safeParse(frontmatter(join(dir, name)));
      if (!parsed.success) {
        const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
        throw new Error(`${file}: ${problems.join('; ')}`);
      }
      return { file, entry: parsed.data };
    });
}

/** Every written MySQL or MariaDB entry with the file it came from, validated against its database's data. */
export const mysqlFamilyEntries = (database: MySqlFamilyId): { file: string; entry: MySqlFamilyEntry }[] => validatedEntries(database, mysqlFamilyEntrySchema(database));

/** Every written PgBouncer entry with the file it came from, validated against the PgBouncer data. */
export const pgBouncerEntries = (): { file: string; entry: PgBouncerEntry }[] => validatedEntries('pgbouncer', pgBouncerEntrySchema);
