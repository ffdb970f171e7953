// The DETAIL and HINT formats PostgreSQL attaches to each (code, message format), copied from its
// source tree by scripts/import-postgres-data.mjs. A pasted log often carries them under the
// message, and they tell apart codes that share a message.
import data from '../../../data/postgresql/message-details.json' with { type: 'json' };

export interface DetailLine {
  /** The errdetail() or errhint() format as PostgreSQL's source spells it. */
  format: string;
  /** Major versions whose source attaches it. */
  versions: string[];
  /** "path/to/file.c:line" of every call that attaches it. */
  locations: string[];
}

export interface MessageDetails {
  /** The errmsg() format the lines go with. */
  format: string;
  /** errdetail() formats: printed as DETAIL. */
  details: DetailLine[];
  /** errhint() formats: printed as HINT. */
  hints: DetailLine[];
}

const byCode = data.messages as Record<string, MessageDetails[]>;

/** The DETAIL and HINT lines of each of the code's messages that has any. */
export function detailsOf(code: string): MessageDetails[] {
  return byCode[code] ?? [];
}
