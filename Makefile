# Klantbeeld: two commands on a fresh machine with only Python 3.11+: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench reliability sandbox clean install-desktop

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock
	$(PY) -m pip install --quiet --no-deps -e .
	$(PY) -m compileall -q klantbeeld
	touch $(STAMP)

demo: $(STAMP)
	$(PY) -m klantbeeld --demo

# klantbeeld: links (screen-pop from telephony) open this checkout's Klantbeeld (Linux, per user).
install-desktop: $(STAMP)
	$(PY) tools/installeer_desktop.py

sandbox: $(STAMP)
	$(PY) -m klantbeeld.sandbox --port 8800

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider
	$(PY) -m ruff check klantbeeld tests benchmarks tools
	$(PY) -m mypy
	$(VENV)/bin/lint-imports

lint: $(STAMP)
	$(PY) -m ruff check klantbeeld tests benchmarks tools
	$(PY) -m mypy
	$(VENV)/bin/lint-imports

bench: $(STAMP)
	$(PY) -m benchmarks.bench_klantbeeld

reliability: $(STAMP)
	$(PY) -m benchmarks.reliability

clean:
	rm -rf $(VENV)
