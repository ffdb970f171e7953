// The levels field of a search index row that is not a message: a DETAIL or HINT line PostgreSQL
// prints under one. Messages carry their levels' initials (E, F, W...), never these.
export const DETAIL_LEVEL = 'D';
export const HINT_LEVEL = 'H';

/**
 * A message raised through errcode_for_file_access() or kin, whose code the run time picks: its
 * levels field is this prefix and the raiser's name, "R:errcode_for_file_access()".
 */
export const RAISER_LEVEL = 'R:';
