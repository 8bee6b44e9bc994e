/**
 * A tiny assembler for classic BPF, the program format seccomp and bwrap's `--seccomp FD` take.
 * Only what a syscall filter needs: 32-bit absolute loads, conditional jumps to labels, returns.
 * @see https://www.kernel.org/doc/html/latest/userspace-api/seccomp_filter.html
 */

const BPF_LD_W_ABS = 0x00 | 0x00 | 0x20;
const BPF_JMP = 0x05;
const BPF_K = 0x00;
const BPF_RET_K = 0x06 | BPF_K;
const JUMP_OPS = { jeq: 0x10, jge: 0x30, jset: 0x40 } as const;

/** A jump target: a label defined later in the program, or `next` for the following instruction. */
export type Target = string;
const NEXT = 'next';

export type Instruction =
  | { op: 'label'; name: string }
  | { op: 'ld'; offset: number }
  | { op: keyof typeof JUMP_OPS; k: number; jt: Target; jf: Target }
  | { op: 'ret'; k: number };

export const label = (name: string): Instruction => ({ op: 'label', name });
export const load = (offset: number): Instruction => ({ op: 'ld', offset });
export const ret = (k: number): Instruction => ({ op: 'ret', k });
export const jeq = (k: number, jt: Target, jf: Target = NEXT): Instruction => ({ op: 'jeq', k, jt, jf });
export const jge = (k: number, jt: Target, jf: Target = NEXT): Instruction => ({ op: 'jge', k, jt, jf });
export const jset = (k: number, jt: Target, jf: Target = NEXT): Instruction => ({ op: 'jset', k, jt, jf });

/** Size in bytes of one `struct sock_filter` (u16 code, u8 jt, u8 jf, u32 k). */
export const SOCK_FILTER_SIZE = 8;

/**
 * Assembles to the bytes of a `struct sock_filter[]` in host (little-endian) order. Jumps only go
 * forward and at most 255 instructions (the format's limit); anything else is a bug and throws.
 */
export function assemble(program: readonly Instruction[]): Buffer {
  const positions = new Map<string, number>();
  const code: Exclude<Instruction, { op: 'label' }>[] = [];
  for (const ins of program) {
    if (ins.op === 'label') {
      if (positions.has(ins.name)) throw new Error(`seccomp: label ${ins.name} defined twice`);
      positions.set(ins.name, code.length);
    } else {
      code.push(ins);
    }
  }
  if (code.length === 0 || code.length > 4096) throw new Error(`seccomp: ${code.length} instructions`);
  const out = Buffer.alloc(code.length * SOCK_FILTER_SIZE);
  const offsetTo = (from: number, target: Target): number => {
    if (target === NEXT) return 0;
    const at = positions.get(target);
    if (at === undefined) throw new Error(`seccomp: unknown label ${target}`);
    const delta = at - from - 1;
    if (delta < 0 || delta > 255) throw new Error(`seccomp: jump to ${target} out of range (${delta})`);
    return delta;
  };
  code.forEach((ins, i) => {
    const base = i * SOCK_FILTER_SIZE;
    let opcode: number;
    let jt = 0;
    let jf = 0;
    let k: number;
    if (ins.op === 'ld') {
      opcode = BPF_LD_W_ABS;
      k = ins.offset;
    } else if (ins.op === 'ret') {
      opcode = BPF_RET_K;
      k = ins.k;
    } else {
      opcode = BPF_JMP | JUMP_OPS[ins.op] | BPF_K;
      jt = offsetTo(i, ins.jt);
      jf = offsetTo(i, ins.jf);
      k = ins.k;
    }
    out.writeUInt16LE(opcode, base);
    out.writeUInt8(jt, base + 2);
    out.writeUInt8(jf, base + 3);
    out.writeUInt32LE(k >>> 0, base + 4);
  });
  return out;
}
