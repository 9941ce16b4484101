"""The bundle's entry point (klantbeeld.spec): the same ``main`` as ``klantbeeld``."""

from klantbeeld.app import main

raise SystemExit(main())
