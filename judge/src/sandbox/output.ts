/** Collectors for a run's output streams: a capped head (stdout) and a bounded tail (stderr). */

/**
 * Keeps the first `cap` bytes (or only `keep` of them: a stream passed on to another program is
 * counted, not kept); reports when more arrives so the run can be killed at once.
 */
export class CappedBuffer {
  private readonly chunks: Buffer[] = [];
  private kept = 0;
  total = 0;

  constructor(
    private readonly cap: number,
    private readonly keep = cap,
  ) {}

  /** Adds a chunk; returns false once the total is over the cap. */
  push(chunk: Buffer): boolean {
    this.total += chunk.length;
    const room = Math.min(this.cap, this.keep) - this.kept;
    if (room > 0) {
      const part = chunk.length <= room ? chunk : chunk.subarray(0, room);
      this.chunks.push(part);
      this.kept += part.length;
    }
    return this.total <= this.cap;
  }

  value(): Buffer {
    return Buffer.concat(this.chunks, this.kept);
  }
}

/** Keeps the last `size` bytes and counts all of them. */
export class TailBuffer {
  private buffer: Buffer = Buffer.alloc(0);
  total = 0;

  constructor(private readonly size: number) {}

  push(chunk: Buffer): void {
    this.total += chunk.length;
    const joined = chunk.length >= this.size ? chunk : Buffer.concat([this.buffer, chunk]);
    this.buffer =
      joined.length > this.size ? Buffer.from(joined.subarray(joined.length - this.size)) : joined;
  }

  value(): string {
    return this.buffer.toString('utf8');
  }
}
