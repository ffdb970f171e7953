// A SQLSTATE as the standard defines it, independent of any database: its class, whether the
// standard or an implementation defines it, and the title of its class.
import otherClasses from '../../data/sqlstate/classes.json' with { type: 'json' };
import { findClass } from '../databases/postgresql/facts';

export const SQLSTATE_SHAPE = /^[0-9A-Z]{5}$/;

/**
 * The SQL standard keeps class and subclass values that begin with 0 to 4 or A to H for itself;
 * those beginning with 5 to 9 or I to Z are for implementations (ISO/IEC 9075-2, SQLSTATE).
 */
const isStandardStart = (character: string) => /[0-4A-H]/.test(character);

export type SqlStateOrigin = 'standard' | 'standard class, implementation-defined subclass' | 'implementation-defined';

/** Who defines the code: the standard, or an implementation (PostgreSQL's 42P01, MySQL's 42S02, ODBC's HY000). */
export function sqlStateOrigin(code: string): SqlStateOrigin {
  if (!isStandardStart(code[0]!)) return 'implementation-defined';
  return isStandardStart(code[2]!) ? 'standard' : 'standard class, implementation-defined subclass';
}

/** The class title: PostgreSQL's errcodes.txt for the standard's classes, src/data/sqlstate/classes.json for the rest. */
export function sqlStateClassTitle(classKey: string): string {
  const title = findClass(classKey)?.title ?? otherClasses.classes.find((c) => c.class === classKey)?.title;
  if (!title) throw new Error(`no title for SQLSTATE class ${classKey}: add it to src/data/sqlstate/classes.json`);
  return title;
}
