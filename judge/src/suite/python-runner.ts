/**
 * The Python side of test-suite problems, written into the sandbox as `/work/main.py`. The learner's
 * module (`solution.py`, or a package `solution/`) and the package's hidden unittest suite
 * (`/work/suite/`) sit next to it. It reads the ids of the tests to run (never anything expected), runs
 * each with unittest in THIS process, and writes one result line per test, prefixed with the run's
 * nonce, to the original stdout; the learner's prints go to stderr. The suite runs in the same process
 * as the learner's code, which could inspect it: docs/problem-format.md says so, and why contests must
 * not use this kind.
 */
export const pythonSuiteRunner = String.raw`
import importlib, json, os, sys, time, traceback, unittest

payload = json.loads(sys.stdin.buffer.read())
sys.stdin = open(os.devnull)
nonce = payload.pop("nonce")
results = os.fdopen(os.dup(1), "w", encoding="utf-8")
os.dup2(2, 1)
# -I leaves the script's directory off sys.path: the suite imports the learner's module by name.
sys.path[:0] = ["/work/suite", "/work"]

def emit(record):
    results.write(nonce + " " + json.dumps(record, separators=(",", ":")) + "\n")
    results.flush()

def error_text(error):
    frames = [f for f in traceback.extract_tb(error.__traceback__) if not f.filename.startswith("/usr/")]
    where = " (%s line %d)" % (os.path.basename(frames[-1].filename), frames[-1].lineno) if frames else ""
    return "%s: %s%s" % (type(error).__name__, error, where)

class Outcome(unittest.TestResult):
    """Keeps the first failure of one test (its subtests included)."""
    def __init__(self):
        super().__init__()
        self.first = None
    def _keep(self, kind, err):
        if self.first is None:
            error = err[1]
            message = str(error) if kind == "failure" else error_text(error)
            self.first = (kind, message)
    def addFailure(self, test, err):
        self._keep("failure", err)
    def addError(self, test, err):
        self._keep("failure" if isinstance(err[1], AssertionError) else "error", err)
    def addSubTest(self, test, subtest, err):
        if err is not None:
            self._keep("failure" if issubclass(err[0], AssertionError) else "error", err)
    def addUnexpectedSuccess(self, test):
        self._keep("failure", (None, AssertionError("expected to fail, but passed"), None))

def leaves(suite):
    for test in suite:
        if isinstance(test, unittest.TestSuite):
            yield from leaves(test)
        else:
            yield test

def names_nothing(suite):
    # unittest turns a name it cannot resolve into a test that fails when run: an AttributeError means
    # the suite has no such test (the package's mistake); an ImportError is left to fail as a test,
    # since it may be the learner's module that lacks a name the suite imports.
    return any(
        type(test).__name__ == "_FailedTest" and isinstance(getattr(test, "_exception", None), AttributeError)
        for test in leaves(suite)
    )

def main():
    try:
        importlib.import_module(payload["module"])
    except BaseException as error:
        emit({"load": False, "error": error_text(error)})
        return
    emit({"load": True})
    loader = unittest.TestLoader()
    for index, name in enumerate(payload["tests"]):
        try:
            suite = loader.loadTestsFromName(name)
        except BaseException as error:
            emit({"i": index, "ok": False, "kind": "missing", "message": "the suite has no test %s (%s)" % (name, error_text(error))})
            continue
        if suite.countTestCases() == 0 or names_nothing(suite):
            emit({"i": index, "ok": False, "kind": "missing", "message": "the suite has no test %s" % name})
            continue
        outcome = Outcome()
        start = time.perf_counter()
        suite.run(outcome)
        ms = round((time.perf_counter() - start) * 1000, 3)
        if outcome.first is None:
            emit({"i": index, "ok": True, "ms": ms})
        else:
            emit({"i": index, "ok": False, "kind": outcome.first[0], "message": outcome.first[1], "ms": ms})

main()
results.close()
`;
