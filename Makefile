# Klantbeeld: two commands on a fresh machine with only Python 3.11+: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DIST_STAMP := $(VENV)/.dist-installed
# The real OpenID provider the sign-in tests start (node-oidc-provider, from the npm registry).
OIDC := tests/oidc/node_modules/.package-lock.json

.PHONY: demo test lint bench reliability sandbox clean install-desktop oidc dist dist-test vertalingen

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock
	$(PY) -m pip install --quiet --no-deps -e .
	$(PY) -m compileall -q klantbeeld
	$(PY) tools/vertalingen.py --alleen-qm
	touch $(STAMP)

# After adding or changing texts: refresh resources/translations/*.ts with pyside6-lupdate (new
# texts come out unfinished: translate them in the .ts) and compile the .qm files (not committed).
vertalingen: $(STAMP)
	$(PY) tools/vertalingen.py

demo: $(STAMP)
	$(PY) -m klantbeeld --demo

# klantbeeld: links (screen-pop from telephony) open this checkout's Klantbeeld (Linux, per user).
install-desktop: $(STAMP)
	$(PY) tools/installeer_desktop.py

sandbox: $(STAMP)
	$(PY) -m klantbeeld.sandbox --port 8800

$(OIDC): tests/oidc/package.json tests/oidc/package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		cd tests/oidc && npm ci --no-audit --no-fund --loglevel=error && touch node_modules/.package-lock.json; \
	else \
		echo "Node.js/npm ontbreekt: de aanmeldtests met een echte OpenID-provider slaan over."; \
	fi

oidc: $(OIDC)

# Two pytest-xdist workers (the machines have 2 cores; much of the suite waits on loopback
# servers, subprocesses and Qt); a module's tests stay on one worker (--dist loadscope), so a
# module-scoped server or app starts once. `pytest` alone (no -n) still runs everything in one.
test: $(STAMP) oidc
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider -n 2 --dist loadscope
	$(PY) -m ruff check klantbeeld tests benchmarks tools pakket
	$(PY) -m mypy
	$(VENV)/bin/lint-imports

lint: $(STAMP)
	$(PY) -m ruff check klantbeeld tests benchmarks tools pakket
	$(PY) -m mypy
	$(VENV)/bin/lint-imports

bench: $(STAMP)
	$(PY) -m benchmarks.bench_klantbeeld

reliability: $(STAMP)
	$(PY) -m benchmarks.reliability

# A self-contained Linux bundle (PyInstaller, one folder) and its archive: README "Packaging".
# PyInstaller comes in only here (the `dist` extra), never on `make test`'s path.
$(DIST_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e ".[dist]"
	touch $(DIST_STAMP)

dist: $(DIST_STAMP)
	$(PY) tools/vertalingen.py --alleen-qm
	$(PY) -m PyInstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller klantbeeld.spec
	$(PY) pakket/bundel.py dist/klantbeeld "$$($(PY) -c 'from klantbeeld.versie import versie; print(versie())')"

# The built bundle offscreen: screenshots checked, then its size and start time printed.
dist-test: $(STAMP)
	test -x dist/klantbeeld/klantbeeld || $(MAKE) dist
	$(PY) -m pytest -q -p no:cacheprovider pakket/test_bundel.py
	$(PY) pakket/meet.py

clean:
	rm -rf $(VENV) tests/oidc/node_modules build dist
