# One task file. CI runs the README's test command (see .ci/run), which covers check-gen and lint
# through the test suite; these targets are for working on the project.
PYTHON ?= python

.PHONY: gen gen-dpv check-gen lint test bench bench-smoke docs screenshots

gen: gen-dpv  ## regenerate everything generated from DPV and from the schema
	$(PYTHON) scripts/gen_artifacts.py

gen-dpv:  ## schema/dpv_terms.yaml and DPV's hierarchy for query, from ../shared/dpv/2.3 (or $$DPVCONV_SHARED/dpv/2.3)
	$(PYTHON) scripts/gen_dpv_terms.py
	$(PYTHON) scripts/gen_dpv_hierarchy.py

check-gen:  ## fail if a committed artifact differs from what DPV and the schema generate
	$(PYTHON) scripts/gen_dpv_terms.py --check
	$(PYTHON) scripts/gen_dpv_hierarchy.py --check
	$(PYTHON) scripts/gen_artifacts.py --check

lint:
	$(PYTHON) -m ruff check src tests scripts bench
	$(PYTHON) -m ruff format --check src tests scripts bench
	$(PYTHON) -m mypy

test:
	$(PYTHON) -m pytest -n auto --dist worksteal

bench:  ## the full benchmarks (minutes); figures go to bench/results/
	$(PYTHON) bench/bench_validate.py
	$(PYTHON) bench/bench_convert.py

bench-smoke:
	$(PYTHON) bench/bench_validate.py --smoke
	$(PYTHON) bench/bench_convert.py --smoke

docs: gen  ## docs/schema/ from the schema, docs/review/ from the checklists
	$(PYTHON) scripts/render_checklists.py

screenshots:  ## full-page PNGs of the site published from examples/, per page and language (needs chromium)
	$(PYTHON) scripts/screenshot_site.py -o build/screenshots
