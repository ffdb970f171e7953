import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { entrySchema } from './lib/entries/entry-schema';
import { mysqlFamilyEntrySchema } from './lib/entries/mysql-family-entry';
import { pgBouncerEntrySchema } from './lib/entries/pgbouncer-entry';
import { sqlStateNoteSchema } from './lib/entries/sqlstate-note';
import type { MySqlFamilyId } from './lib/databases/mysql-family/facts';
import { entryFileProblems } from './lib/entries/entry-files';
import { benchEntryPages, groupByFolder } from './lib/site/bench-mode';

// The scale benchmark and the bad-input tests point the build at another folder of entries.
const base = process.env.SQLSTATE_CONTENT_DIR ?? './content/postgresql';

/**
 * The glob loader, plus the checks one entry's schema cannot make: the file is named after its
 * code, no code has two entries, and the body (what the error means) is written.
 */
function postgresqlEntries(): Loader {
  const files = glob({ pattern: '**/*.mdx', base });
  return {
    name: 'postgresql-entries',
    load: async (context) => {
      await files.load(context);
      const entries = [...context.store.values()].map((entry) => ({
        file: entry.filePath ?? entry.id,
        code: String(entry.data.code),
        body: entry.body ?? '',
      }));
      const problems = (benchEntryPages ? groupByFolder(entries) : [entries]).flatMap((group) => entryFileProblems(group));
      if (problems.length > 0) throw new Error(`Invalid entries in ${base}:\n${problems.join('\n')}`);
    },
  };
}

/**
 * content/<folder>/<id>.mdx with the same file checks as PostgreSQL's: the file is named after the
 * entry's identity (`idOf`: a MySQL or MariaDB number, a PgBouncer slug), and the body is written.
 */
function namedEntries(folder: string, idOf: (data: Record<string, unknown>) => unknown): Loader {
  const path = `./content/${folder}`;
  const files = glob({ pattern: '*.mdx', base: path });
  return {
    name: `${folder}-entries`,
    load: async (context) => {
      await files.load(context);
      const entries = [...context.store.values()].map((entry) => ({
        file: entry.filePath ?? entry.id,
        code: String(idOf(entry.data)),
        body: entry.body ?? '',
      }));
      const problems = entryFileProblems(entries);
      if (problems.length > 0) throw new Error(`Invalid entries in ${path}:\n${problems.join('\n')}`);
    },
  };
}

const mysqlFamilyEntries = (database: MySqlFamilyId) => namedEntries(database, (data) => data.number);

export const collections = {
  postgresql: defineCollection({ loader: postgresqlEntries(), schema: entrySchema }),
  mysql: defineCollection({ loader: mysqlFamilyEntries('mysql'), schema: mysqlFamilyEntrySchema('mysql') }),
  mariadb: defineCollection({ loader: mysqlFamilyEntries('mariadb'), schema: mysqlFamilyEntrySchema('mariadb') }),
  pgbouncer: defineCollection({ loader: namedEntries('pgbouncer', (data) => data.slug), schema: pgBouncerEntrySchema }),
  sqlstate: defineCollection({ loader: glob({ pattern: '*.md', base: './content/sqlstate' }), schema: sqlStateNoteSchema }),
};
