import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { chooseLogFormat, createLogger, type LogFormat } from './logging.js';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  return { lines, stream };
}

function logOnce(format: LogFormat): string {
  const { lines, stream } = capture();
  const log = createLogger('info', stream, format);
  log.info({ body: { password: 'hunter2-hunter2' }, attempt: 3 }, 'signed in');
  return lines.join('');
}

describe('log format', () => {
  it('is human-readable in a terminal and JSON anywhere else, unless LOG_FORMAT says', () => {
    expect(chooseLogFormat('auto', true)).toBe('pretty');
    expect(chooseLogFormat('auto', false)).toBe('json');
    expect(chooseLogFormat('json', true)).toBe('json');
    expect(chooseLogFormat('pretty', false)).toBe('pretty');
  });

  it('writes JSON lines a collector can parse', () => {
    const record = JSON.parse(logOnce('json'));
    expect(record).toMatchObject({
      level: 30,
      msg: 'signed in',
      attempt: 3,
      body: { password: '[redacted]' },
    });
  });

  it('writes readable lines, redacted the same way', () => {
    const text = logOnce('pretty');
    expect(() => JSON.parse(text)).toThrow();
    expect(text).toMatch(/^\[\d{2}:\d{2}:\d{2}\.\d{3}\] INFO: signed in\n/);
    expect(text).toContain('attempt: 3');
    expect(text).toContain('[redacted]');
    expect(text).not.toContain('hunter2');
  });
});
