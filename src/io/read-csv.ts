/**
 * Reads a survey or poll export as a table of strings. Forms tools and spreadsheets write CSV
 * in several shapes: UTF-8 with or without a byte-order mark, Excel's "CSV (Comma delimited)"
 * in the Windows code page, UTF-16 "Unicode text", `;` instead of `,` in European locales, tabs,
 * CRLF line ends, quoted fields with line breaks. The parsing itself is csv-parse's; this file
 * only picks the encoding and the separator. Loaded only by `track --from-csv`.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { HeraldError } from '../errors.js';
import { displayPathOf } from './read-plan-file.js';

export interface CsvTable {
  displayPath: string;
  header: string[];
  /** The data rows, each as long as the header (short rows padded with ""). */
  rows: string[][];
}

/** A survey of 100,000 answers is a few megabytes; anything far larger is the wrong file. */
const MAX_CSV_BYTES = 50 * 1024 * 1024;
const SEPARATORS = [',', ';', '\t'] as const;

export function readCsvFile(path: string, cwd: string): CsvTable {
  const absolutePath = resolve(cwd, path);
  const displayPath = displayPathOf(absolutePath, cwd);
  const hint = 'Give the path of the CSV file your forms tool or spreadsheet exported.';
  let bytes: Buffer;
  try {
    const info = statSync(absolutePath);
    if (!info.isFile()) throw new HeraldError('not-a-file', `${displayPath} is not a file`, { hint });
    if (info.size > MAX_CSV_BYTES) {
      throw new HeraldError('file-too-large', `${displayPath} is larger than 50 MB`, {
        hint: 'Check that this is the export of the survey.',
      });
    }
    bytes = readFileSync(absolutePath);
  } catch (error) {
    if (error instanceof HeraldError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new HeraldError(
      code === 'ENOENT' ? 'file-not-found' : 'read-failed',
      code === 'ENOENT' ? `No file at ${displayPath}` : `Cannot read ${displayPath} (${code ?? 'error'})`,
      { hint },
    );
  }
  return parseCsvText(decodeCsvBytes(bytes), displayPath);
}

/** UTF-8 (a BOM dropped), UTF-16 by its BOM, else the Windows code page Excel saves CSV in. */
export function decodeCsvBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export function parseCsvText(text: string, displayPath: string): CsvTable {
  if (text.includes('\u0000')) {
    throw new HeraldError('not-csv', `${displayPath} is not a text file`, { hint: 'Export the survey results as CSV and pass that file.' });
  }
  const separator = detectSeparator(text);
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      delimiter: separator,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
    });
  } catch (error) {
    throw new HeraldError('not-csv', `${displayPath} is not a CSV file Herald can read: ${(error as Error).message}`, {
      hint: 'Export the results again as CSV (comma- or semicolon-separated).',
    });
  }
  const [header, ...rows] = records;
  if (header === undefined || header.every((cell) => cell.trim() === '')) {
    throw new HeraldError('csv-empty', `${displayPath} is empty`, { hint: 'Export the survey results with their header row.' });
  }
  const width = header.length;
  return {
    displayPath,
    header: header.map((cell) => cell.trim()),
    rows: rows.map((row) => (row.length >= width ? row : [...row, ...Array<string>(width - row.length).fill('')])),
  };
}

/**
 * The separator of the header line: the one that splits it into the most columns, quotes
 * respected, so `"Name, first";Score` is two columns. A one-column file stays one column.
 */
function detectSeparator(text: string): string {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let best: string = ',';
  let most = 0;
  for (const separator of SEPARATORS) {
    let count = 0;
    let quoted = false;
    for (let at = start; at < text.length; at += 1) {
      const char = text[at];
      if (char === '"') quoted = !quoted;
      else if (!quoted && (char === '\n' || char === '\r')) break;
      else if (!quoted && char === separator) count += 1;
    }
    if (count > most) {
      best = separator;
      most = count;
    }
  }
  return best;
}
