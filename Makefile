# Entry points: `make run` and `make test` (see README.md).
BUILD ?= build
ASAN_BUILD ?= build-asan
BUILD_TYPE ?= Debug
ARGS ?=
CMAKE_FLAGS ?=
# A compiler cache when the machine has one (CI reuses the developer's objects on the same machine).
LAUNCHER := $(if $(shell command -v ccache),-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)

.PHONY: all deps configure build run test test-sanitize crash-test fuzz fuzz-ci format format-check package bench bench-server translations manual clean

all: build

deps:
	@bash tools/install-deps.sh

configure: deps
	@cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(LAUNCHER) $(CMAKE_FLAGS) >/dev/null

build: configure
	@cmake --build $(BUILD)

run: build
	$(BUILD)/bin/dsrdesk $(ARGS)

test: build
	ctest --test-dir $(BUILD) --output-on-failure -j2

# The crash harness with more trials than ctest's 20 (docs/RELIABILITY.md); SEED replays a run.
TRIALS ?= 200
SEED ?=
crash-test: build
	DSR_CRASH_TRIALS=$(TRIALS) $(if $(SEED),DSR_CRASH_SEED=$(SEED)) ctest --test-dir $(BUILD) --output-on-failure -V --timeout 14400 -R '^test_crash$$'

test-sanitize: deps
	@cmake -S . -B $(ASAN_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DDSR_SANITIZE=ON -DDSR_BUILD_BENCHMARKS=OFF $(LAUNCHER) >/dev/null
	@cmake --build $(ASAN_BUILD)
	ctest --test-dir $(ASAN_BUILD) --output-on-failure -j2 -LE nosanitize

# libFuzzer targets (tests/fuzz, docs/RELIABILITY.md "Fuzzing"), built with clang in their own tree
# with ASan and UBSan; each runs FUZZ_SECONDS (FUZZ_TARGETS: some of them). CI runs fuzz-ci.
FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 600
FUZZ_TARGETS ?=
fuzz: deps
	@CC=clang CXX=clang++ cmake -S . -B $(FUZZ_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DDSR_FUZZ=ON -DDSR_BUILD_TESTS=OFF -DDSR_BUILD_BENCHMARKS=OFF $(LAUNCHER) >/dev/null
	@cmake --build $(FUZZ_BUILD) --target fuzzers
	bash tests/fuzz/run-fuzzers.sh $(FUZZ_BUILD) $(FUZZ_SECONDS) $(FUZZ_TARGETS)

fuzz-ci:
	@$(MAKE) --no-print-directory fuzz FUZZ_SECONDS=30

format: configure
	@cmake --build $(BUILD) --target format

format-check: configure
	@cmake --build $(BUILD) --target format-check

package: deps
	@cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release -DDSR_BUILD_TESTS=OFF -DDSR_BUILD_BENCHMARKS=OFF >/dev/null
	@cmake --build build-release
	cd build-release && cpack -G DEB

bench: deps
	@cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release -DDSR_BUILD_TESTS=ON -DDSR_BUILD_BENCHMARKS=ON >/dev/null
	@cmake --build build-release
	build-release/bin/bench_audit_verify
	build-release/bin/bench_register_search
	QT_QPA_PLATFORM=offscreen build-release/bin/bench_register_startup
	QT_QPA_PLATFORM=offscreen build-release/bin/bench_letter_issue
	QT_QPA_PLATFORM=offscreen build-release/bin/bench_letter_preview
	QT_QPA_PLATFORM=offscreen build-release/bin/bench_redact

# The same benchmarks on PostgreSQL: a throwaway cluster started and stopped by the script.
bench-server: deps
	@cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release -DDSR_BUILD_TESTS=ON -DDSR_BUILD_BENCHMARKS=ON >/dev/null
	@cmake --build build-release
	bash tools/bench-server.sh build-release

# The manual's pictures (docs/manual/images), made from the real window on demo data under Xvfb.
manual: build
	bash tools/manual/make-manual.sh $(BUILD) $(if $(ONLY),--only $(ONLY))

translations: configure
	@cmake --build $(BUILD) --target update_translations

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(FUZZ_BUILD) build-release
