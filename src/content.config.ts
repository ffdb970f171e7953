import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { entrySchema } from './lib/entries/entry-schema';
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

export const collections = {
  postgresql: defineCollection({ loader: postgresqlEntries(), schema: entrySchema }),
};
