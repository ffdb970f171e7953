// Figures and tables for the benchmarks' output: pure functions, tested in tests/bench/.

/** The q-quantile of numbers (0.5 is the median), interpolating between the two nearest values. */
export function quantile(values, q) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}
export const median = (values) => quantile(values, 0.5);

/** 1234567 -> "1.2 MB"; decimal units, as download sizes are usually quoted. */
export function formatBytes(bytes) {
  if (!Number.isFinite(bytes)) return 'n/a';
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}

export const formatSeconds = (seconds) => (Number.isFinite(seconds) ? `${seconds.toFixed(1)} s` : 'n/a');
export const formatRatio = (ratio) => (Number.isFinite(ratio) ? `${ratio.toFixed(2)}x` : 'n/a');

/** A Markdown table: the first row is the header. Cells are padded so it reads in a terminal too. */
export function markdownTable(rows) {
  const text = rows.map((row) => row.map((cell) => String(cell).replaceAll('|', '\\|')));
  const widths = text[0].map((_, column) => Math.max(3, ...text.map((row) => row[column]?.length ?? 0)));
  const line = (row) => `| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  return [line(text[0]), line(widths.map((width) => '-'.repeat(width))), ...text.slice(1).map(line)].join('\n');
}

/**
 * How build time grows with entries: for each step between two sizes, the seconds each added
 * entry cost, and that cost relative to the first step. Linear growth keeps the relative cost
 * near 1; a cost that climbs with size is superlinear.
 */
export function marginalCosts(points) {
  const sorted = [...points].sort((a, b) => a.entries - b.entries);
  const steps = sorted.slice(1).map((point, i) => ({
    from: sorted[i].entries,
    to: point.entries,
    secondsPerEntry: (point.seconds - sorted[i].seconds) / (point.entries - sorted[i].entries),
  }));
  return steps.map((step) => ({ ...step, relative: step.secondsPerEntry / steps[0].secondsPerEntry }));
}
