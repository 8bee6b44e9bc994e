/**
 * `winterarc_testing`, a module the judge puts next to every Python suite (`/work/suite/`) so a suite
 * can judge asyncio and threading behaviour deterministically — by the event loop's own clock and by
 * instrumented fakes, never by wall-clock races that flake on a loaded machine:
 *
 * - `VirtualClockLoop`: an asyncio event loop whose clock is virtual. When nothing is ready to run, it
 *   jumps straight to the next timer instead of sleeping, so `asyncio.sleep(10)` takes no real time and
 *   `loop.time()` says exactly how long the awaited work took in event-loop time: three 1-second jobs
 *   gathered take 1.0, awaited one after another 3.0, on any machine.
 * - `ConcurrencyProbe`: a fake job (`await probe.job(seconds, result)`) that records how many jobs run
 *   at once (`peak`), how many ran (`calls`) and when each ran (`spans`, in loop time).
 * - `ThreadProbe`: the same for threads: `probe.job(result)` blocks until the test opens the gate, so
 *   a test can hold every worker inside and read how many got in at once.
 *
 * Documented for authors in docs/problem-format.md ("Judging concurrency deterministically").
 */
export const pythonTestingModule = `
"""Deterministic helpers for judging asyncio and threading code (Winter Arc test-suite problems)."""
import asyncio
import selectors
import threading

__all__ = ["VirtualClockLoop", "ConcurrencyProbe", "ThreadProbe", "run_virtual"]


class _JumpingSelector(selectors.BaseSelector):
    """Polls real I/O without waiting; a wait for a timer moves the virtual clock instead."""

    def __init__(self, clock):
        self._real = selectors.DefaultSelector()
        self._clock = clock

    def register(self, fileobj, events, data=None):
        return self._real.register(fileobj, events, data)

    def unregister(self, fileobj):
        return self._real.unregister(fileobj)

    def modify(self, fileobj, events, data=None):
        return self._real.modify(fileobj, events, data)

    def get_map(self):
        return self._real.get_map()

    def close(self):
        self._real.close()

    def select(self, timeout=None):
        ready = self._real.select(0)
        if ready or timeout == 0:
            return ready
        if timeout is None:
            # No timer at all: only I/O or another thread can wake the loop, so wait for it for real.
            return self._real.select(None)
        self._clock[0] += timeout
        return []


class VirtualClockLoop(asyncio.SelectorEventLoop):
    """An event loop on virtual time: timers fire in order, at once, and loop.time() counts them."""

    def __init__(self):
        self._virtual_now = [0.0]
        super().__init__(selector=_JumpingSelector(self._virtual_now))

    def time(self):
        return self._virtual_now[0]


def run_virtual(coroutine):
    """Runs a coroutine on a new VirtualClockLoop: returns (its result, the loop time it took)."""
    loop = VirtualClockLoop()
    try:
        asyncio.set_event_loop(loop)
        start = loop.time()
        result = loop.run_until_complete(coroutine)
        return result, loop.time() - start
    finally:
        asyncio.set_event_loop(None)
        loop.close()


class ConcurrencyProbe:
    """A fake asyncio job that records concurrency: peak, calls, and each job's (start, end) loop time."""

    def __init__(self):
        self.active = 0
        self.peak = 0
        self.calls = 0
        self.spans = []

    async def job(self, seconds=1.0, result=None):
        loop = asyncio.get_running_loop()
        self.calls += 1
        self.active += 1
        self.peak = max(self.peak, self.active)
        start = loop.time()
        try:
            await asyncio.sleep(seconds)
            return result
        finally:
            self.active -= 1
            self.spans.append((start, loop.time()))


class ThreadProbe:
    """A fake blocking job for threads: each call waits at a gate the test opens, and peak counts how
    many calls were inside at once. wait_for_active(n) waits (with a real timeout) until n are in."""

    def __init__(self):
        self.active = 0
        self.peak = 0
        self.calls = 0
        self._lock = threading.Condition()
        self._gate = threading.Event()

    def job(self, result=None):
        with self._lock:
            self.calls += 1
            self.active += 1
            self.peak = max(self.peak, self.active)
            self._lock.notify_all()
        try:
            self._gate.wait()
            return result
        finally:
            with self._lock:
                self.active -= 1
                self._lock.notify_all()

    def wait_for_active(self, count, timeout=5.0):
        with self._lock:
            return self._lock.wait_for(lambda: self.active >= count, timeout)

    def open(self):
        self._gate.set()
`;
