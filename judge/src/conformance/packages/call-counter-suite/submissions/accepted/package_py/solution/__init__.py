"""A package of two modules: the suite imports `solution`, which re-exports from a submodule."""
from .counting import count_calls

__all__ = ["count_calls"]
