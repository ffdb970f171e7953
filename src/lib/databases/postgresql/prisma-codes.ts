// Prisma's query engine turns these SQLSTATEs into error codes and words of its own (quaint's
// postgres/error.rs; Prisma's error reference), which is what readers then paste. Kept apart from
// orm-notes.ts so that the search page's bundle can use it without PostgreSQL's data.

export interface PrismaCode {
  /** Prisma's code, such as P2002. */
  code: string;
  /** The fragment of Prisma's error reference page, such as p2002. */
  anchor: string;
  /** How Prisma's message begins, as its error reference gives it. */
  words: string;
}

export const PRISMA_CODES: Readonly<Record<string, PrismaCode>> = {
  '23505': { code: 'P2002', anchor: 'p2002', words: 'Unique constraint failed on the' },
  '23503': { code: 'P2003', anchor: 'p2003', words: 'Foreign key constraint failed on the field' },
};
