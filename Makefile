# newsquiz: a thin wrapper over scripts/bootstrap.sh, CMake presets and the test runners.
#
#   make demo    install what is missing, build, serve the demo on http://127.0.0.1:$(PORT)/
#   make test    install what is missing, build, run every suite (native, WebAssembly, browser)
#
# Other targets: native, wasm, asan, bench, fuzz, clean.
PORT ?= 8080
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
# Emscripten's JS optimizer needs Debian's acorn (node-acorn).
export NODE_PATH := /usr/share/nodejs
# When the system's node is older than the tests need (Debian 12 has 18), the bootstrap puts a
# pinned Node.js in .deps/node/bin; every node the recipes start (tests, CLI suites, demo) is that one.
export PATH := $(CURDIR)/.deps/node/bin:$(PATH)

.PHONY: all bootstrap native wasm asan test test-native test-wasm test-asan test-web demo bench fuzz clean

all: native wasm

bootstrap:
	@scripts/bootstrap.sh

# configure once per preset (CMake re-runs itself when a CMakeLists.txt changes)
build/%/CMakeCache.txt: | bootstrap
	@cmake --preset $* >/dev/null

native: bootstrap build/native/CMakeCache.txt
	@cmake --build --preset native -j $(JOBS)

wasm: bootstrap build/wasm/CMakeCache.txt
	@cmake --build --preset wasm -j $(JOBS)

asan: bootstrap build/asan/CMakeCache.txt
	@cmake --build --preset asan -j $(JOBS)

test-native: native
	@ctest --preset native -j $(JOBS)

test-wasm: wasm
	@ctest --preset wasm -j $(JOBS)

test-asan: asan
	@ctest --preset asan -j $(JOBS)

# web/tests/run.mjs bounds each file (8 min) and runs a failed one again, alone, to tell
# a stall of Chromium from a broken widget; `timeout` bounds the whole suite.
test-web: wasm
	@timeout -k 30 2400 node web/tests/run.mjs

# Builds everything first, then runs every suite even when one fails, and fails if any did.
test: native wasm asan
	@status=0; \
	for suite in test-native test-wasm test-asan test-web; do \
	  echo "[newsquiz] $$suite"; \
	  $(MAKE) --no-print-directory $$suite || { status=1; echo "[newsquiz] $$suite FAILED"; }; \
	done; \
	exit $$status

# Medians of the core on a generated 500-question document, natively and in WebAssembly, then
# the widget in headless Chromium beside a static HTML page of the same quiz; one table with
# the budgets, every figure in build/bench.json. Fails only when something cannot be measured.
bench: native wasm
	@mkdir -p build/bench && \
	build/native/tests/bench/bench-core native > build/bench/core-native.json && \
	node --no-experimental-fetch build/wasm/tests/bench/bench-core.js wasm > build/bench/core-wasm.json && \
	timeout -k 30 900 node tests/bench/widget.mjs build/bench/widget.json && \
	node tests/bench/report.mjs build/bench/core-native.json build/bench/core-wasm.json build/bench/widget.json build/bench.json

# libFuzzer targets (tests/fuzz/, clang 14 with ASan+UBSan in build/fuzz), FUZZ_SECONDS each;
# new coverage is merged into tests/fuzz/corpus/ (commit it). FUZZ_TARGETS="fuzz-capi" runs some,
# FUZZ_FLAGS adds libFuzzer flags, FUZZ_RECORD=1 logs the figures in tests/fuzz/RUNS.md.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?=
fuzz: bootstrap build/fuzz/CMakeCache.txt
	@cmake --build --preset fuzz -j $(JOBS)
	@FUZZ_SECONDS='$(FUZZ_SECONDS)' FUZZ_FLAGS='$(FUZZ_FLAGS)' FUZZ_RECORD='$(FUZZ_RECORD)' tests/fuzz/run.sh $(FUZZ_TARGETS)

# native too: the page without JavaScript (/static.html) is the seed's fragment from `newsquiz html`.
demo: native wasm
	@node web/server.mjs --port $(PORT)

clean:
	rm -rf build web/dist
