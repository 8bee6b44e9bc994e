/**
 * Python's "compile" step: py_compile on every source file, as problemtools and DOMjudge do, so a
 * syntax error is a Compilation Error with Python's own message instead of a Run-Time Error on the
 * first test. The bytecode goes to the sandbox's private /tmp (the sources' directory is read-only).
 */
import { sourcesArg } from './language.js';

const script = [
  'import py_compile, sys',
  'failed = False',
  'for index, name in enumerate(sys.argv[1:]):',
  '    try:',
  "        py_compile.compile(name, cfile=f'/tmp/check-{index}.pyc', doraise=True)",
  '    except py_compile.PyCompileError as error:',
  '        failed = True',
  '        sys.stderr.write(error.msg.rstrip() + "\\n")',
  'sys.exit(1 if failed else 0)',
].join('\n');

/** The argv that checks the sources ({@link sourcesArg}) with `python`. */
export function pythonSyntaxCheck(python: string): string[] {
  return [python, '-I', '-S', '-B', '-c', script, sourcesArg];
}
