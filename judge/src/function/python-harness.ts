/**
 * The Python side of function problems, written into the sandbox as `main.py` next to the learner's
 * `solution.py`. It reads the tests (arguments only; expected values never enter the sandbox), calls
 * `solve` once per test (or, for a class problem, each test's calls on a new instance) in ONE process (an interpreter start per test would cost ~35 ms each), and
 * writes one result line per test, prefixed with the run's nonce, to the original stdout. The learner's
 * own prints are sent to stderr, so they cannot be mistaken for results. If the payload has `source`,
 * the solution is compiled from it instead (a warm-pool run, started before the submission was known).
 */
export const pythonHarness = String.raw`
import importlib.util, json, math, os, sys, threading, time, traceback, types

payload = json.loads(sys.stdin.buffer.read())
sys.stdin = open(os.devnull)
nonce = payload.pop("nonce")
results = os.fdopen(os.dup(1), "w", encoding="utf-8")
os.dup2(2, 1)

class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next
    def __repr__(self):
        return "ListNode(%r)" % (self.val,)

class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right
    def __repr__(self):
        return "TreeNode(%r)" % (self.val,)

MAX_NODES = 10 ** 6

def to_python(value, t):
    kind = t["kind"]
    if kind == "linked_list":
        head = None
        for v in reversed(value):
            head = ListNode(v, head)
        return head
    if kind == "binary_tree":
        if not value or value[0] is None:
            return None
        root = TreeNode(value[0])
        queue, i = [root], 1
        for node in queue:
            if i < len(value) and value[i] is not None:
                node.left = TreeNode(value[i]); queue.append(node.left)
            i += 1
            if i < len(value) and value[i] is not None:
                node.right = TreeNode(value[i]); queue.append(node.right)
            i += 1
            if i >= len(value):
                break
        return root
    if kind == "list":
        return [to_python(v, t["of"]) for v in value]
    if kind == "map":
        return {k: to_python(v, t["of"]) for k, v in value.items()}
    return value

class BadReturn(Exception):
    pass

def to_json(value, t):
    kind = t["kind"]
    if kind == "linked_list":
        out, node = [], value
        while node is not None:
            if len(out) >= MAX_NODES:
                raise BadReturn("the returned linked list has a cycle or more than a million nodes")
            out.append(node.val); node = node.next
        return out
    if kind == "binary_tree":
        out, queue = [], [value]
        for node in queue:
            if len(out) >= 2 * MAX_NODES:
                raise BadReturn("the returned tree is too large or not a tree")
            if node is None:
                out.append(None)
            else:
                out.append(node.val); queue.append(node.left); queue.append(node.right)
        while out and out[-1] is None:
            out.pop()
        return out
    if kind == "list" and isinstance(value, (list, tuple)):
        return [to_json(v, t["of"]) for v in value]
    if kind == "map" and isinstance(value, dict):
        return {str(k): to_json(v, t["of"]) for k, v in value.items()}
    if kind == "float" and isinstance(value, (int, float)) and not isinstance(value, bool):
        if not math.isfinite(value):
            raise BadReturn("returned %r, which is not a finite number" % (value,))
        return float(value)
    if kind == "int" and isinstance(value, int) and not isinstance(value, bool):
        return value
    if kind == "string" and isinstance(value, str):
        return value
    if kind == "bool" and isinstance(value, bool):
        return value
    raise BadReturn("returned %s %r where %s was expected" % (type(value).__name__, value, kind))

def emit(record):
    results.write(nonce + " " + json.dumps(record, separators=(",", ":")) + "\n")
    results.flush()

def error_text(error):
    frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename.endswith("solution.py")]
    where = " (solution.py line %d)" % frames[-1].lineno if frames else ""
    return "%s: %s%s" % (type(error).__name__, error, where)

def load_solution():
    source = payload.pop("source", None)
    if source is None:
        spec = importlib.util.spec_from_file_location("solution", "solution.py")
        module = importlib.util.module_from_spec(spec)
        module.ListNode, module.TreeNode = ListNode, TreeNode
        spec.loader.exec_module(module)
        return module
    # A warm-pool run: the source came in the payload (bytes, so a coding declaration is honoured as
    # when the file is read), compiled under the same file name so messages match the cold path.
    module = types.ModuleType("solution")
    module.__file__ = "solution.py"
    module.ListNode, module.TreeNode = ListNode, TreeNode
    exec(compile(source.encode("utf-8", "surrogatepass"), "solution.py", "exec"), module.__dict__)
    return module

def run_class(module, spec):
    # A class problem: each test is a list of calls [name, *args] on one instance, the constructor
    # first. Every call's result is reported (None for the constructor and methods that return
    # nothing); the judge compares them outside and names the first call that differs.
    cls = getattr(module, spec["name"], None)
    if not isinstance(cls, type):
        emit({"load": False, "error": "solution.py defines no class %s" % spec["name"]})
        return
    emit({"load": True})
    methods = spec["methods"]
    for index, calls in enumerate(payload["tests"]):
        values, elapsed = [], 0.0
        try:
            instance = None
            for k, call in enumerate(calls):
                if k == 0:
                    target, params, returns = cls, spec["params"], None
                else:
                    method = methods[call[0]]
                    target, params, returns = getattr(instance, call[0]), method["params"], method.get("returns")
                converted = [to_python(a, p) for a, p in zip(call[1:], params)]
                start = time.perf_counter()
                value = target(*converted)
                elapsed += time.perf_counter() - start
                if k == 0:
                    instance = value
                values.append(None if returns is None else to_json(value, returns))
            emit({"i": index, "ok": True, "values": values, "ms": round(elapsed * 1000, 3)})
        except RecursionError:
            emit({"i": index, "ok": False, "values": values, "error": "RecursionError: maximum recursion depth exceeded"})
        except BaseException as error:
            emit({"i": index, "ok": False, "values": values, "error": error_text(error)})

def main():
    try:
        module = load_solution()
    except BaseException as error:
        emit({"load": False, "error": error_text(error)})
        return
    if "class" in payload:
        run_class(module, payload["class"])
        return
    solve = getattr(module, payload["function"], None)
    if not callable(solve):
        emit({"load": False, "error": "solution.py defines no function %s(...)" % payload["function"]})
        return
    emit({"load": True})
    params, returns = payload["params"], payload["returns"]
    for index, args in enumerate(payload["tests"]):
        try:
            converted = [to_python(a, p) for a, p in zip(args, params)]
            start = time.perf_counter()
            value = solve(*converted)
            ms = (time.perf_counter() - start) * 1000
            emit({"i": index, "ok": True, "value": to_json(value, returns), "ms": round(ms, 3)})
        except RecursionError:
            emit({"i": index, "ok": False, "error": "RecursionError: maximum recursion depth exceeded"})
        except BaseException as error:
            emit({"i": index, "ok": False, "error": error_text(error)})

# -I leaves the work directory off sys.path: a solution of several files imports its own modules.
sys.path.insert(0, os.getcwd())
# Deep recursion is normal in tree and DFS solutions: give it a large stack and limit.
sys.setrecursionlimit(10 ** 6)
threading.stack_size(512 * 1024 * 1024)
worker = threading.Thread(target=main)
worker.start()
worker.join()
results.close()
`;
