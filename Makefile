# The two commands: `make rtl` writes verilog-out/, `make test` runs every test.
MVN      := mvn -B --no-transfer-progress
# Commands the tests run, and the Debian packages that bring them (vcd2fst/fst2vcd: gtkwave).
TOOLS    := verilator iverilog yosys vcd2fst
PACKAGES := verilator iverilog yosys gtkwave
TOP_CP   := gemini/target/classes:$$(cat gemini/target/classpath.txt)
BENCH_CP := testbench/target/test-classes:testbench/target/classes:gemini/target/classes:hdl-dsl/target/classes:hdl-dsl/target/test-classes:$$(cat testbench/target/classpath.txt)

.PHONY: rtl test lint bench clean tools rtl-check

## rtl: generate the chipset's Verilog into verilog-out/
rtl:
	$(MVN) -q -DskipTests -pl gemini -am package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
	java -cp "$(TOP_CP)" dev.gemini.RtlMain verilog-out

## test: install the simulators if missing, run every test, check verilog-out/ is fresh
test: tools
	$(MVN) install
	$(MAKE) --no-print-directory rtl-check

## rtl-check: fail when verilog-out/ differs from what the sources generate
rtl-check:
	@rm -rf target/rtl-check && mkdir -p target/rtl-check
	@$(MVN) -q -DskipTests -pl gemini -am package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
	@java -cp "$(TOP_CP)" dev.gemini.RtlMain target/rtl-check
	@diff -r verilog-out target/rtl-check >/dev/null || { \
	  echo "verilog-out/ is stale: run 'make rtl' and commit the result." >&2; \
	  diff -r verilog-out target/rtl-check | head -40 >&2; exit 1; }
	@echo "verilog-out/ is up to date."

## lint: Verilator's linter, every warning on, over verilog-out/
lint: tools
	cd verilog-out && verilator --lint-only -Wall $$(cat files.f)

## bench: figures, each measured against a baseline in the same run
## (BENCH_OPTS passes -D settings, e.g. BENCH_OPTS=-Dbench.cleanCycles=2000000 for a shorter C7)
bench: tools
	$(MVN) -q -DskipTests install
	$(MVN) -q -pl testbench test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test
	java -Xss16m $(BENCH_OPTS) -cp "$(BENCH_CP)" dev.gemini.bench.Bench

## tools: Verilator, Icarus Verilog, Yosys and GTKWave's converters from Debian's packages
tools:
	@missing=""; for t in $(TOOLS); do command -v $$t >/dev/null 2>&1 || missing="$$missing $$t"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing$$missing from Debian's packages..."; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(PACKAGES) >/dev/null || exit 1; \
	  else \
	    echo "Missing:$$missing. Install them with: sudo apt-get install $(PACKAGES)" >&2; exit 1; \
	  fi; \
	fi

clean:
	$(MVN) -q clean
	rm -rf target
