// The errors readers arrive with most often, for the home page: connection limits, constraint
// violations, missing objects, aborted transactions, authentication and timeouts.
export const COMMON_ERRORS = [
  '53300', '23505', '42P01', '42703', '25P02', '28P01', '3D000', '23503',
  '23502', '22P02', '42601', '42883', '40P01', '40001', '57014', '08006',
] as const;
