import { describe, expect, it } from 'vitest';
import { assemble, jeq, label, load, ret, SOCK_FILTER_SIZE } from './bpf.js';
import { DENIED_SYSCALLS, sandboxSeccompInstructions, sandboxSeccompProgram } from './filter.js';
import { X86_64 } from './syscalls-x86_64.js';

/** A classic-BPF interpreter for the handful of opcodes the assembler emits, to check the policy offline. */
function evaluate(program: Buffer, data: { nr: number; arch?: number; args?: number[] }): number {
  const word = (offset: number): number => {
    if (offset === 0) return data.nr >>> 0;
    if (offset === 4) return (data.arch ?? 0xc000003e) >>> 0;
    const arg = (offset - 16) / 8;
    return (data.args?.[arg] ?? 0) >>> 0;
  };
  let acc = 0;
  for (let pc = 0; pc * SOCK_FILTER_SIZE < program.length; pc++) {
    const base = pc * SOCK_FILTER_SIZE;
    const code = program.readUInt16LE(base);
    const jt = program.readUInt8(base + 2);
    const jf = program.readUInt8(base + 3);
    const k = program.readUInt32LE(base + 4);
    if (code === 0x20) acc = word(k);
    else if (code === 0x06) return k;
    else if (code === 0x15) pc += acc === k ? jt : jf;
    else if (code === 0x35) pc += acc >= k ? jt : jf;
    else if (code === 0x45) pc += (acc & k) !== 0 ? jt : jf;
    else throw new Error(`unexpected opcode ${code}`);
  }
  throw new Error('fell off the end of the program');
}

const ALLOW = 0x7fff0000;
const EPERM = 0x00050001;
const ENOSYS = 0x00050026;
const KILL = 0x80000000;

describe('the BPF assembler', () => {
  it('encodes struct sock_filter little-endian with relative jumps', () => {
    const bytes = assemble([load(0), jeq(7, 'yes'), ret(0), label('yes'), ret(1)]);
    expect(bytes.toString('hex')).toBe(
      ['2000000000000000', '1500010007000000', '0600000000000000', '0600000001000000'].join(''),
    );
  });

  it('rejects unknown labels and backward jumps', () => {
    expect(() => assemble([jeq(1, 'nowhere'), ret(0)])).toThrow(/unknown label/);
    expect(() => assemble([label('back'), ret(0), jeq(1, 'back'), ret(0)])).toThrow(/out of range/);
  });
});

describe('the sandbox seccomp policy', () => {
  const program = sandboxSeccompProgram('x64');

  it('denies every listed syscall with EPERM', () => {
    for (const name of DENIED_SYSCALLS) expect(evaluate(program, { nr: X86_64[name] }), name).toBe(EPERM);
  });

  it('allows ordinary syscalls (read, write, mmap, exit_group)', () => {
    for (const nr of [0, 1, 9, 231]) expect(evaluate(program, { nr })).toBe(ALLOW);
  });

  it('answers clone3 with ENOSYS and clone with namespace flags with EPERM', () => {
    expect(evaluate(program, { nr: X86_64.clone3 })).toBe(ENOSYS);
    expect(evaluate(program, { nr: X86_64.clone, args: [0x01200011] })).toBe(ALLOW); // glibc fork()
    expect(evaluate(program, { nr: X86_64.clone, args: [0x003d0f00] })).toBe(ALLOW); // pthread_create
    for (const flag of [0x00020000, 0x02000000, 0x04000000, 0x08000000, 0x10000000, 0x20000000, 0x40000000]) {
      expect(evaluate(program, { nr: X86_64.clone, args: [flag | 17] })).toBe(EPERM);
    }
  });

  it('denies TIOCSTI whatever the upper half of the request, and allows other ioctls', () => {
    expect(evaluate(program, { nr: X86_64.ioctl, args: [0, 0x5412] })).toBe(EPERM);
    expect(evaluate(program, { nr: X86_64.ioctl, args: [0, 0x5401] })).toBe(ALLOW); // TCGETS
  });

  it('denies AF_VSOCK sockets only', () => {
    expect(evaluate(program, { nr: X86_64.socket, args: [40, 1] })).toBe(EPERM);
    expect(evaluate(program, { nr: X86_64.socket, args: [2, 1] })).toBe(ALLOW);
  });

  it('kills foreign architectures and the x32 ABI', () => {
    expect(evaluate(program, { nr: 1, arch: 0x40000003 })).toBe(KILL); // i386
    expect(evaluate(program, { nr: 0x40000000 | 1 })).toBe(KILL);
  });

  it('is only built for x86_64', () => {
    expect(() => sandboxSeccompProgram('arm64')).toThrow(/x86_64/);
    expect(sandboxSeccompInstructions().length).toBeLessThan(200);
  });
});
