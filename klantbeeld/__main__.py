"""``klantbeeld`` / ``python -m klantbeeld``: start Klantbeeld."""

from __future__ import annotations

from klantbeeld.app import main

if __name__ == "__main__":
    raise SystemExit(main())
