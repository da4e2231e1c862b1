/**
 * "outline: 57/181 pages" on stderr while a batch runs, when stderr is a terminal and only then: pipes, files
 * and tests get the CLI's output alone. Other output goes through `print`: when it goes to a terminal too,
 * the count is cleared first and drawn again after, so it never runs into an outline or an error line.
 */
export interface TextStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

/** Carriage return, then erase to the end of the line. */
const CLEAR_LINE = '\r\x1b[K';

export class Progress {
  private readonly shown: boolean;
  private line = '';

  constructor(
    private readonly terminal: TextStream,
    private readonly total: number,
  ) {
    this.shown = Boolean(terminal.isTTY) && total > 1;
  }

  update(done: number): void {
    if (!this.shown) return;
    this.line = `outline: ${done}/${this.total} pages`;
    this.terminal.write(`${CLEAR_LINE}${this.line}`);
  }

  print(stream: TextStream, text: string): void {
    // Output piped elsewhere (`> out.ndjson`) does not reach the screen: the count can stay.
    const onScreen = this.line && stream.isTTY;
    if (onScreen) this.terminal.write(CLEAR_LINE);
    stream.write(text);
    if (onScreen) this.terminal.write(this.line);
  }

  /** Takes the count off the screen. */
  end(): void {
    if (this.line) this.terminal.write(CLEAR_LINE);
    this.line = '';
  }
}
