// How PostgreSQL's run-time raisers pick a SQLSTATE: errcode_for_file_access() and its kin map the
// operating system's errno (src/backend/utils/error/elog.c, storage/ipc/dsm_impl.c), and
// errcode_apply_conflict() the kind of logical replication conflict (replication/logical/conflict.c).
// A pasted message carries the errno as its text (%m prints strerror()), so the paste says the code.
// Kept free of the data files: the search page's bundle uses it.

export interface ErrnoCase {
  /** The errno's name: ENOENT. */
  errno: string;
  /** What %m prints for it with glibc: "No such file or directory". */
  text: string;
  /** The SQLSTATE the raiser gives it. */
  code: string;
  /** The first major version that maps it so, where not every supported one does. */
  since?: string;
}

/** errcode_for_file_access()'s switch (elog.c); any other errno is XX000. */
const FILE_ACCESS: ErrnoCase[] = [
  { errno: 'EPERM', text: 'Operation not permitted', code: '42501' },
  { errno: 'EACCES', text: 'Permission denied', code: '42501' },
  { errno: 'EROFS', text: 'Read-only file system', code: '42501' },
  { errno: 'ENOENT', text: 'No such file or directory', code: '58P01' },
  { errno: 'EEXIST', text: 'File exists', code: '58P02' },
  { errno: 'ENOTDIR', text: 'Not a directory', code: '42809' },
  { errno: 'EISDIR', text: 'Is a directory', code: '42809' },
  { errno: 'ENOTEMPTY', text: 'Directory not empty', code: '42809' },
  { errno: 'ENOSPC', text: 'No space left on device', code: '53100' },
  { errno: 'ENOMEM', text: 'Cannot allocate memory', code: '53200' },
  { errno: 'ENFILE', text: 'Too many open files in system', code: '53000' },
  { errno: 'EMFILE', text: 'Too many open files', code: '53000' },
  { errno: 'EIO', text: 'Input/output error', code: '58030' },
  { errno: 'ENAMETOOLONG', text: 'File name too long', code: '58P03', since: '18' },
];

/** errcode_for_dynamic_shared_memory() (dsm_impl.c): EFBIG and ENOMEM are 53200, the rest as for files. */
const SHARED_MEMORY: ErrnoCase[] = [{ errno: 'EFBIG', text: 'File too large', code: '53200' }, ...FILE_ACCESS.map((c) => (c.errno === 'ENOMEM' ? { ...c, code: '53200' } : c))];

/**
 * errcode_for_socket_access() (elog.c): a lost connection is 08006, anything else XX000. Only the
 * two errnos every supported version counts as lost are listed: later versions add more.
 */
const SOCKET_ACCESS: ErrnoCase[] = [
  { errno: 'EPIPE', text: 'Broken pipe', code: '08006' },
  { errno: 'ECONNRESET', text: 'Connection reset by peer', code: '08006' },
];

/** errcode_apply_conflict() (conflict.c): the conflict= word of the message, not an errno, picks the code. */
const APPLY_CONFLICT: ErrnoCase[] = [
  ...['insert_exists', 'update_exists', 'multiple_unique_conflicts'].map((kind) => ({ errno: kind, text: `conflict=${kind}`, code: '23505' })),
  ...['update_origin_differs', 'update_missing', 'delete_origin_differs', 'update_deleted', 'delete_missing'].map((kind) => ({ errno: kind, text: `conflict=${kind}`, code: '40001' })),
];

export const RAISER_RULES: Readonly<Record<string, { cases: ErrnoCase[]; otherwise?: string }>> = {
  'errcode_for_file_access()': { cases: FILE_ACCESS, otherwise: 'XX000' },
  'errcode_for_dynamic_shared_memory()': { cases: SHARED_MEMORY, otherwise: 'XX000' },
  'errcode_for_socket_access()': { cases: SOCKET_ACCESS },
  'errcode_apply_conflict()': { cases: APPLY_CONFLICT },
};

/**
 * Messages without %m raised only under one errno: the walsender reports a WAL segment it cannot
 * open as "already removed" only when open() failed with ENOENT (WalSndSegmentOpen() in walsender.c).
 */
const IMPLIED: Readonly<Record<string, string>> = { 'requested WAL segment %s has already been removed': 'ENOENT' };

export interface ErrnoReading {
  /** The SQLSTATE, when the paste or the message says which errno. */
  code?: string;
  /** The errno case that decided it. */
  by?: ErrnoCase;
}

/** The code a raiser gives `format` as pasted in `text`: by the errno text %m printed, or the errno the message implies. */
export function readErrno(raiser: string, format: string, text: string): ErrnoReading {
  const rule = RAISER_RULES[raiser];
  if (!rule) return {};
  const lower = text.toLowerCase();
  // Longest first: "Too many open files in system" is ENFILE, not EMFILE's "Too many open files".
  const pasted = [...rule.cases].sort((a, b) => b.text.length - a.text.length).find((c) => lower.includes(c.text.toLowerCase()));
  const by = pasted ?? rule.cases.find((c) => c.errno === IMPLIED[format]);
  return by ? { code: by.code, by } : {};
}

/** How a result says the rule: "ENOENT (No such file or directory) → 58P01, by errcode_for_file_access()". */
export function describeReading(raiser: string, reading: ErrnoReading): string {
  if (!reading.by) return `its code follows errno, as ${raiser} maps it`;
  const what = raiser === 'errcode_apply_conflict()' ? reading.by.text : `${reading.by.errno} (${reading.by.text})`;
  return `${what} → ${reading.by.code}, by ${raiser}${reading.by.since ? ` since PostgreSQL ${reading.by.since}` : ''}`;
}
