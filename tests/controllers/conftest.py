"""Controller tests run on the same session-wide qasync loop as the view tests, without widgets."""

from tests.views.conftest import aloop, qloop, werkplek

__all__ = ["aloop", "qloop", "werkplek"]
