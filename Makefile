# probis: the two commands a newcomer needs are `make review` and `make test`.
# Both install what they need (libgraphviz-dev, libcairo2-dev and the Liberation fonts through apt-get) when
# pkg-config or fontconfig cannot find them.

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
PROBIS := .build/release/probis

.PHONY: review test deps build check-schema check-paper check-pack generate bench fuzz clean

## Installs the system libraries probis links against (Graphviz; cairo for the paged PDF and the SOP documents)
## and the font the SOP documents are measured and drawn in.
deps:
	@pkg-config --exists libgvc || { \
	  echo "make: installing libgraphviz-dev (Graphviz C library) with apt-get"; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libgraphviz-dev >/dev/null; }
	@{ pkg-config --exists cairo && fc-list | grep -q "Liberation Sans"; } || { \
	  echo "make: installing libcairo2-dev (cairo C library) and fonts-liberation2 with apt-get"; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libcairo2-dev fonts-liberation2 >/dev/null; }
	@pkg-config --exists libgvc cairo

## Builds the release binary, with the Swift runtime linked statically (each render worker server starts faster).
build: deps
	$(SWIFT) build -c release --product probis --static-swift-stdlib

## The main job on the shipped ProcessMaps: validate the library, draw every map into Renders/, simulate
## every organization type's default scenario (one row each: cycle time, throughput, top bottleneck), write
## the SOP AP PDF of every peta lintas fungsi and stage flow (Waktu from the default scenarios) into SOP/,
## answer the worked example's question (the contoh Dinas Kesehatan as Tipe 1: where work queues and for
## whom), then write the review pack (Review/index.html: a static site that opens from disk; not committed).
review: build
	$(PROBIS) validate ProcessMaps
	$(PROBIS) render --maps ProcessMaps --output Renders
	$(PROBIS) simulate --all --maps ProcessMaps
	$(PROBIS) sop --all --default-scenario --maps ProcessMaps --output SOP
	$(PROBIS) compare kaltim.contoh.dinas-kesehatan.bawaan kaltim.contoh.dinas-kesehatan.pd-tipe-1.bawaan --people --maps ProcessMaps
	$(PROBIS) review --maps ProcessMaps --output Review

## Runs every test, checks every diagram's paper PDF with an independent reader (scripts/check-paper.sh),
## checks BPMN exports and XES logs with independent tools (scripts/interchange-checks.sh: OMG XSD, bpmnlint,
## SpiffWorkflow, IEEE XES schema, pm4py; a venv under .build/), then checks (writing nothing)
## that Renders/ is current with ProcessMaps/ — every map's DOT
## hash and every file's hash against Renders/manifest.json, so renders from another Graphviz/cairo patch level
## pass — and that the default scenarios are current; then fuzzes each libFuzzer target
## for a few seconds (scripts/fuzz.sh; the instrumented build takes a few minutes once).
test: deps check-schema
	$(SWIFT) test
	scripts/check-paper.sh
	$(MAKE) check-pack
	$(SWIFT) run probis render --check --maps ProcessMaps --output Renders
	$(SWIFT) run probis scenarios --check --maps ProcessMaps
	SWIFT=$(SWIFT) scripts/interchange-checks.sh
	scripts/fuzz.sh run load 10
	scripts/fuzz.sh run simulate 10
	scripts/fuzz.sh run abk 10
	scripts/fuzz.sh run bpmn 10

## Fuzzes each target for FUZZ_SECONDS (default 600); figures in docs/fuzzing.md.
FUZZ_SECONDS ?= 600
fuzz: deps
	scripts/fuzz.sh run load $(FUZZ_SECONDS)
	scripts/fuzz.sh run simulate $(FUZZ_SECONDS)
	scripts/fuzz.sh run abk $(FUZZ_SECONDS)
	scripts/fuzz.sh run bpmn $(FUZZ_SECONDS)

## Checks the shipped ProcessMaps against the generated editor schema with an independent validator (jsonschema).
check-schema:
	python3 scripts/check-schema.py ProcessMaps

## Renders every diagram's paper PDF and checks its pages and text height with pdfminer.six.
check-paper: deps
	scripts/check-paper.sh

## Opens the review pack of the shipped library in headless Chromium from disk (installed with apt-get when
## missing): every page loads with no console error or failed request, every internal link resolves, the heat
## overlay is on a simulated map; screenshots at 1920x1080 and 1280x720 go to .build/check-pack/screenshots.
## The pack is made by the debug build with 3 replications per scenario (the browser check needs pages, not
## precise figures); the script uses only Python's standard library (DevTools protocol over a pipe).
CHECK_PACK := .build/check-pack
check-pack: deps
	$(SWIFT) build --product probis
	.build/debug/probis review --maps ProcessMaps --output $(CHECK_PACK)/Review --replications 3
	python3 scripts/check-pack.py $(CHECK_PACK)/Review --screenshots $(CHECK_PACK)/screenshots

## Regenerates what is derived from the format's definition: the JSON Schema and the format reference.
generate:
	$(SWIFT) run probis schema --output docs/processmaps.schema.json
	$(SWIFT) run probis schema --reference --output docs/format-reference.md

## Runs the benchmarks recorded in the README and docs/simulation.md.
bench: build
	python3 benchmarks/load_library.py
	python3 benchmarks/render_library.py
	python3 benchmarks/compare_simpy.py $(PROBIS)
	python3 benchmarks/province.py ProcessMaps $(PROBIS)
	python3 benchmarks/sop_library.py --probis $(PROBIS)
	python3 benchmarks/parallel_blocks.py $(PROBIS)
	python3 benchmarks/reorganize_compare.py ProcessMaps $(PROBIS)
	python3 benchmarks/abk_import.py $(PROBIS)
	python3 benchmarks/prosimos_compare.py $(PROBIS)
	python3 benchmarks/review_pack.py --probis $(PROBIS)

clean:
	rm -rf .build
