import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { entrySchema } from './lib/entries/entry-schema';
import { mysqlFamilyEntrySchema } from './lib/entries/mysql-family-entry';
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

/** content/mysql/<number>.mdx and content/mariadb/<number>.mdx, with the same file checks. */
function mysqlFamilyEntries(database: MySqlFamilyId): Loader {
  const folder = `./content/${database}`;
  const files = glob({ pattern: '*.mdx', base: folder });
  return {
    name: `${database}-entries`,
    load: async (context) => {
      await files.load(context);
      const entries = [...context.store.values()].map((entry) => ({
        file: entry.filePath ?? entry.id,
        code: String(entry.data.number),
        body: entry.body ?? '',
      }));
      const problems = entryFileProblems(entries);
      if (problems.length > 0) throw new Error(`Invalid entries in ${folder}:\n${problems.join('\n')}`);
    },
  };
}

export const collections = {
  postgresql: defineCollection({ loader: postgresqlEntries(), schema: entrySchema }),
  mysql: defineCollection({ loader: mysqlFamilyEntries('mysql'), schema: mysqlFamilyEntrySchema('mysql') }),
  mariadb: defineCollection({ loader: mysqlFamilyEntries('mariadb'), schema: mysqlFamilyEntrySchema('mariadb') }),
  sqlstate: defineCollection({ loader: glob({ pattern: '*.md', base: './content/sqlstate' }), schema: sqlStateNoteSchema }),
};
