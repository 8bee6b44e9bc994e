"""The hidden suite of Relay Retry Charm: solution.retry(times, on=Exception)."""
import unittest

from solution import retry


class Flaky:
    """A callable that raises `errors` in order, then returns `value`; it counts its calls."""

    def __init__(self, errors, value="ok"):
        self.errors, self.value, self.calls = list(errors), value, 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        if self.errors:
            raise self.errors.pop(0)
        return self.value


class Retry(unittest.TestCase):
    def test_returns_the_first_success(self):
        flaky = Flaky([TimeoutError("static"), TimeoutError("static")], "relay up")
        self.assertEqual(retry(3)(flaky)(), "relay up")
        self.assertEqual(flaky.calls, 3, "two failures and a success are three attempts")

    def test_gives_up_and_raises_the_last_error(self):
        last = TimeoutError("third")
        flaky = Flaky([TimeoutError("first"), TimeoutError("second"), last, TimeoutError("never")])
        with self.assertRaises(TimeoutError) as raised:
            retry(3)(flaky)()
        self.assertIs(raised.exception, last, "the error of the last attempt, not another")
        self.assertEqual(flaky.calls, 3, "exactly `times` attempts")

    def test_keeps_the_name_and_docstring(self):
        @retry(2)
        def call_base_camp():
            """Radio the base camp."""
            return "heard"

        self.assertEqual(call_base_camp.__name__, "call_base_camp")
        self.assertEqual(call_base_camp.__doc__, "Radio the base camp.")

    def test_exposes_the_wrapped_function(self):
        def original():
            return 1

        self.assertIs(retry(2)(original).__wrapped__, original)

    def test_other_errors_pass_through_at_once(self):
        flaky = Flaky([KeyError("no such channel")])
        with self.assertRaises(KeyError):
            retry(5, on=TimeoutError)(flaky)()
        self.assertEqual(flaky.calls, 1, "an error not listed in `on` is not retried")

    def test_subclasses_of_on_are_retried(self):
        flaky = Flaky([ConnectionResetError(), BrokenPipeError()], "through")
        self.assertEqual(retry(3, on=OSError)(flaky)(), "through")

    def test_a_tuple_of_errors(self):
        flaky = Flaky([TimeoutError(), ConnectionError()], "through")
        self.assertEqual(retry(3, on=(TimeoutError, ConnectionError))(flaky)(), "through")

    def test_passes_arguments_through(self):
        @retry(2)
        def relay(channel, *, power=1, **extra):
            return (channel, power, extra)

        self.assertEqual(relay(16, power=5, band="vhf"), (16, 5, {"band": "vhf"}))

    def test_once_means_no_retry(self):
        flaky = Flaky([TimeoutError()])
        with self.assertRaises(TimeoutError):
            retry(1)(flaky)()
        self.assertEqual(flaky.calls, 1)

    def test_each_call_gets_all_its_attempts(self):
        flaky = Flaky([TimeoutError(), TimeoutError(), TimeoutError(), TimeoutError()], "up")
        charmed = retry(3)(flaky)
        with self.assertRaises(TimeoutError):
            charmed()
        self.assertEqual(charmed(), "up", "the second call starts again with three attempts")
        self.assertEqual(flaky.calls, 5)

    def test_one_policy_decorates_many_functions(self):
        policy = retry(2)
        first, second = Flaky([TimeoutError()], 1), Flaky([TimeoutError()], 2)
        self.assertEqual((policy(first)(), policy(second)()), (1, 2))

    def test_refuses_fewer_than_one_attempt(self):
        for times in (0, -3):
            with self.subTest(times=times):
                with self.assertRaises(ValueError):
                    retry(times)

    def test_a_success_returns_at_once(self):
        flaky = Flaky([], None)
        self.assertIsNone(retry(4)(flaky)())
        self.assertEqual(flaky.calls, 1)
