/** Turns character offsets into 1-based line and column; built only when a diagnostic needs it. */
export class LineCounter {
  private readonly lineStarts: Int32Array;

  constructor(text: string) {
    // Counted first, so that the table is made at its size (every plan of a workspace has one).
    let lines = 1;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines += 1;
    this.lineStarts = new Int32Array(lines);
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.lineStarts[line++] = i + 1;
  }

  position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (this.lineStarts[low] ?? 0) + 1 };
  }

  lineText(text: string, line: number): string {
    const start = this.lineStarts[line - 1] ?? text.length;
    const next = this.lineStarts[line];
    return text.slice(start, next === undefined ? text.length : next - 1).replace(/\r$/, '');
  }
}
