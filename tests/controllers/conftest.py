"""Controller tests run on the same session-wide qasync loop as the view tests, without widgets."""

from tests.views.conftest import aloop, eigen_werkplek, qloop, werkplek

__all__ = ["aloop", "eigen_werkplek", "qloop", "werkplek"]
