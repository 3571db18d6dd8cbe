import type { Report } from './indicators.ts';

export const REPORT_FORMATS = ['csv', 'json', 'md'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const csvField = (value: string | number) => {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/**
 * One line per cell (table, row, column, value): opens in any spreadsheet and pivots back into
 * the tables; the period is in the first lines.
 */
export function toCsv(report: Report): string {
  const lines = [
    ['table', 'row', 'column', 'value'],
    ['period', 'from', '', report.from],
    ['period', 'to', '', report.to],
    ['period', 'follow_ups_as_of', '', report.asOf],
  ];
  for (const table of report.tables) {
    for (const row of table.rows) {
      row.cells.forEach((cell, i) => lines.push([table.id, row.key, table.columns[i]!.key, String(cell)]));
    }
  }
  return `${lines.map((l) => l.map(csvField).join(',')).join('\r\n')}\r\n`;
}

export const toJson = (report: Report) => `${JSON.stringify(report, null, 2)}\n`;

const mdCell = (value: string | number) => String(value).replaceAll('|', '\\|');

export function toMarkdown(report: Report): string {
  const out = [
    `# Liike – indicators for placements started ${report.from} – ${report.to}`,
    '',
    `Follow-ups counted as of ${report.asOf}. Totals only; in sensitive items every count under 5 is shown as "<5", and "x" is a count hidden so that no "<5" can be worked out from the totals.`,
  ];
  for (const table of report.tables) {
    out.push('', `## ${table.title}`, '');
    out.push(`| | ${table.columns.map((c) => mdCell(c.label)).join(' | ')} |`);
    out.push(`| --- | ${table.columns.map(() => '---:').join(' | ')} |`);
    for (const row of table.rows) out.push(`| ${mdCell(row.label)} | ${row.cells.map(mdCell).join(' | ')} |`);
    if (table.rows.length === 0) out.push(`| (none) | ${table.columns.map(() => '').join(' | ')} |`);
  }
  return `${out.join('\n')}\n`;
}

export function renderReport(report: Report, format: ReportFormat): string {
  switch (format) {
    case 'csv':
      return toCsv(report);
    case 'json':
      return toJson(report);
    case 'md':
      return toMarkdown(report);
  }
}
