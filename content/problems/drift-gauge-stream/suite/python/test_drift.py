"""The hidden suite of Drift Gauge Stream: solution.drift_totals(readings, size), a lazy generator."""
import itertools
import unittest

from solution import drift_totals


class Counted:
    """An iterator over `source` that counts how many items were taken from it."""

    def __init__(self, source):
        self.source, self.taken = iter(source), 0

    def __iter__(self):
        return self

    def __next__(self):
        item = next(self.source)
        self.taken += 1
        return item


class Drift(unittest.TestCase):
    def test_sums_of_full_windows(self):
        self.assertEqual(list(drift_totals([1, 2, 3, 4], 2)), [3, 5, 7])

    def test_an_endless_stream(self):
        totals = drift_totals(itertools.count(1), 3)
        self.assertEqual(list(itertools.islice(totals, 4)), [6, 9, 12, 15])

    def test_takes_only_what_it_needs(self):
        gauge = Counted(itertools.count())
        totals = drift_totals(gauge, 5)
        self.assertEqual(gauge.taken, 0, "nothing is read before the first total is asked for")
        next(totals)
        self.assertEqual(gauge.taken, 5, "the first total needs exactly five readings")
        for _ in range(10):
            next(totals)
        self.assertEqual(gauge.taken, 15, "each further total needs one more reading")

    def test_a_stream_shorter_than_the_window(self):
        self.assertEqual(list(drift_totals([4, 5], 3)), [])
        self.assertEqual(list(drift_totals([], 1)), [])

    def test_a_window_of_one(self):
        self.assertEqual(list(drift_totals([7, -2, 0, 9], 1)), [7, -2, 0, 9])

    def test_exactly_one_window(self):
        self.assertEqual(list(drift_totals([2, 2, 2], 3)), [6])

    def test_a_one_pass_stream(self):
        readings = (r for r in [5, 1, -4, 8, 0])
        self.assertEqual(list(drift_totals(readings, 2)), [6, -3, 4, 8])

    def test_it_is_a_generator(self):
        totals = drift_totals([1, 2, 3], 2)
        self.assertIs(iter(totals), totals, "an iterator, not a list")
        self.assertEqual(next(totals), 3)

    def test_floats(self):
        totals = list(drift_totals([0.5, 0.25, 0.125], 2))
        self.assertEqual(totals, [0.75, 0.375])

    def test_a_bad_window_size(self):
        for size in (0, -2):
            with self.subTest(size=size):
                with self.assertRaises(ValueError):
                    next(drift_totals([1, 2, 3], size))

    def test_a_wide_window_on_a_long_stream(self):
        # 200 000 readings, windows of 20 000: summing every window afresh is 4 * 10^9 additions.
        totals = drift_totals(range(200_000), 20_000)
        first = next(totals)
        self.assertEqual(first, sum(range(20_000)))
        last = None
        for last in totals:
            pass
        self.assertEqual(last, sum(range(180_000, 200_000)))
