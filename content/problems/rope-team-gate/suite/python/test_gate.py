"""The hidden suite of Rope Team Gate: solution.bounded_gather(jobs, limit).

Time is the event loop's virtual clock (winterarc_testing.run_virtual): a job that sleeps 1 s takes
exactly 1.0 of loop time and no real time, so overlap and limits are checked exactly, on any machine.
"""
import asyncio
import unittest

from winterarc_testing import ConcurrencyProbe, run_virtual

from solution import bounded_gather


def jobs_of(probe, durations):
    """Zero-argument async jobs: job i sleeps durations[i] seconds and returns i."""
    return [lambda i=i, d=d: probe.job(d, i) for i, d in enumerate(durations)]


class Gate(unittest.TestCase):
    def test_results_in_the_order_of_the_jobs(self):
        probe = ConcurrencyProbe()
        results, _ = run_virtual(bounded_gather(jobs_of(probe, [3, 1, 2]), 3))
        self.assertEqual(results, [0, 1, 2], "results come in the order of the jobs, not of finishing")

    def test_never_more_than_the_limit_and_overlapping(self):
        probe = ConcurrencyProbe()
        results, elapsed = run_virtual(bounded_gather(jobs_of(probe, [1] * 9), 3))
        self.assertEqual(results, list(range(9)))
        self.assertEqual(probe.peak, 3, "at most three teams on the rope at once, and three should be")
        self.assertEqual(elapsed, 3.0, "nine 1-second jobs, three at a time, take 3 seconds")

    def test_never_more_than_the_limit(self):
        probe = ConcurrencyProbe()
        run_virtual(bounded_gather(jobs_of(probe, [1, 2, 3, 1, 2, 3, 1, 2]), 2))
        self.assertLessEqual(probe.peak, 2)

    def test_jobs_overlap(self):
        probe = ConcurrencyProbe()
        _, elapsed = run_virtual(bounded_gather(jobs_of(probe, [5, 5, 5, 5]), 4))
        self.assertEqual(elapsed, 5.0, "four jobs with room for four run side by side")

    def test_a_free_place_is_taken_at_once(self):
        # Limit 2, jobs 4, 1, 1, 1, 1: the long job keeps one place; the short ones pass the other one
        # after another, finishing at 4. Waiting for a whole batch to finish first takes 4 + 1 + 1 = 6.
        probe = ConcurrencyProbe()
        _, elapsed = run_virtual(bounded_gather(jobs_of(probe, [4, 1, 1, 1, 1]), 2))
        self.assertEqual(elapsed, 4.0)

    def test_no_job_starts_before_its_turn(self):
        probe = ConcurrencyProbe()
        run_virtual(bounded_gather(jobs_of(probe, [2, 2, 2, 2]), 2))
        starts = sorted(start for start, _ in probe.spans)
        self.assertEqual(starts, [0.0, 0.0, 2.0, 2.0])

    def test_a_limit_above_the_job_count(self):
        probe = ConcurrencyProbe()
        results, elapsed = run_virtual(bounded_gather(jobs_of(probe, [2, 1]), 10))
        self.assertEqual((results, elapsed), ([0, 1], 2.0))

    def test_a_limit_of_one_runs_in_turn(self):
        probe = ConcurrencyProbe()
        results, elapsed = run_virtual(bounded_gather(jobs_of(probe, [1, 2, 3]), 1))
        self.assertEqual((results, elapsed, probe.peak), ([0, 1, 2], 6.0, 1))

    def test_no_jobs(self):
        results, elapsed = run_virtual(bounded_gather([], 3))
        self.assertEqual((results, elapsed), ([], 0.0))

    def test_a_failure_cancels_the_rest_and_is_raised(self):
        started, finished, cancelled = [], [], []

        async def slow(i):
            started.append(i)
            try:
                await asyncio.sleep(10)
                finished.append(i)
            except asyncio.CancelledError:
                cancelled.append(i)
                raise

        async def fails():
            await asyncio.sleep(1)
            raise ConnectionError("rope snapped")

        jobs = [fails] + [lambda i=i: slow(i) for i in range(1, 6)]

        async def scenario():
            loop = asyncio.get_running_loop()
            try:
                await bounded_gather(jobs, 3)
            except ConnectionError as error:
                return str(error), loop.time()
            return "no error", loop.time()

        (message, at), _ = run_virtual(scenario())
        self.assertEqual(message, "rope snapped", "the job's own error is raised")
        self.assertEqual(at, 1.0, "raised when the job fails, not after the others end")
        self.assertEqual(finished, [], "no job finishes after the failure")
        self.assertEqual(sorted(cancelled), sorted(started), "every job that started is cancelled")
        self.assertLessEqual({1, 2}, set(started), "two jobs ran beside the failing one")

    def test_refuses_a_limit_below_one(self):
        for limit in (0, -1):
            with self.subTest(limit=limit):
                with self.assertRaises(ValueError):
                    run_virtual(bounded_gather([], limit))
