// Incremental parser for the text/event-stream body of GET /api/events. Fetch delivers
// arbitrary chunks, so a line or an event may be split anywhere.
export class SseParser {
  private buffer = '';
  private dataLines: string[] = [];

  /** Feeds one decoded chunk; returns the data of every event it completed. */
  feed(chunk: string): string[] {
    this.buffer += chunk;
    const out: string[] = [];
    for (;;) {
      const newline = this.buffer.search(/\r\n|\r|\n/);
      if (newline < 0) break;
      // A lone "\r" at the very end may be the first half of "\r\n": wait for more.
      if (this.buffer[newline] === '\r' && newline === this.buffer.length - 1) break;
      const line = this.buffer.slice(0, newline);
      const width = this.buffer.startsWith('\r\n', newline) ? 2 : 1;
      this.buffer = this.buffer.slice(newline + width);
      this.takeLine(line, out);
    }
    return out;
  }

  private takeLine(line: string, out: string[]): void {
    if (line === '') {
      if (this.dataLines.length > 0) out.push(this.dataLines.join('\n'));
      this.dataLines = [];
      return;
    }
    if (line.startsWith(':')) return; // comment / keep-alive
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    // Only `data` matters to us; `event`, `id` and `retry` are not used by the server.
    if (field === 'data') this.dataLines.push(value);
  }
}
