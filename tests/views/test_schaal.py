"""At 150 % and 200 % (QT_SCALE_FACTOR) the main screens at 1366×768 cut no text either.

The scale factor is read once, when Qt starts, so the cut-text walk of ``test_afgekapt`` runs
again in a Qt of its own at each factor; that walk checks the window really is scaled.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT

WALK = "tests/views/test_afgekapt.py::test_the_agents_screens_cut_no_text_without_a_tooltip"


@pytest.mark.slow
@pytest.mark.parametrize("factor", ["1.5", "2"])
def test_the_agents_screens_cut_no_text_when_scaled(factor: str) -> None:
    env = os.environ | {"QT_SCALE_FACTOR": factor, "QT_QPA_PLATFORM": "offscreen"}
    uit = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", WALK],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert uit.returncode == 0 and "1 passed" in uit.stdout, uit.stdout[-4000:]
