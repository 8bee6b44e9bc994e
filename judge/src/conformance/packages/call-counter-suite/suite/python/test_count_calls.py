import unittest

from solution import count_calls


class CountCalls(unittest.TestCase):
    def test_returns_value(self):
        add = count_calls(lambda a, b=0: a + b)
        self.assertEqual(add(2, b=3), 5)

    def test_counts_calls(self):
        @count_calls
        def ping():
            return "pong"

        self.assertEqual(ping.calls, 0)
        for _ in range(3):
            ping()
        self.assertEqual(ping.calls, 3, "three calls, three counted")

    def test_keeps_name(self):
        @count_calls
        def summit():
            pass

        self.assertEqual(summit.__name__, "summit")

    def test_separate_counters(self):
        first, second = count_calls(abs), count_calls(abs)
        first(-1)
        first(-2)
        second(-3)
        for value in (1, 2):
            with self.subTest(value=value):
                self.assertEqual((first.calls, second.calls)[value - 1], 3 - value)
