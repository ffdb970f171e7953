// The levels field of a search index row that is not a message: a DETAIL or HINT line PostgreSQL
// prints under one. Messages carry their levels' initials (E, F, W...), never these.
export const DETAIL_LEVEL = 'D';
export const HINT_LEVEL = 'H';
