"""``klantbeeld`` / ``python -m klantbeeld``: start Klantbeeld.

Until the window lands, this starts the oefenomgeving in the foreground and prints how to
reach each API (the same as ``python -m klantbeeld.sandbox``).
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``klantbeeld`` command."""
    args = list(sys.argv[1:] if argv is None else argv)
    if "--demo" in args:
        args.remove("--demo")
    from klantbeeld.sandbox.__main__ import main as sandbox_main

    return sandbox_main(args)


if __name__ == "__main__":
    raise SystemExit(main())
