# The two commands: `make rtl` writes verilog-out/, `make test` runs every test.
MVN      := mvn -B --no-transfer-progress
# Commands the tests run, and the Debian packages that bring them (vcd2fst/fst2vcd: gtkwave).
TOOLS    := verilator iverilog yosys vcd2fst z3 riscv64-unknown-elf-gcc
PACKAGES := verilator iverilog yosys gtkwave z3 gcc-riscv64-unknown-elf

# A JDK of version 21 or later: JAVA_HOME when it is one, else the newest beside the default java.
JAVA_MIN := 21
JDK := $(shell for j in "$$JAVA_HOME" $$(ls -d /usr/lib/jvm/*/ 2>/dev/null) \
          "$$(dirname "$$(dirname "$$(readlink -f "$$(command -v java)")")")"; do \
        [ -x "$$j/bin/javac" ] || continue; \
        v=$$("$$j/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'); \
        [ "$${v:-0}" -ge $(JAVA_MIN) ] 2>/dev/null || continue; \
        if [ "$$j" = "$$JAVA_HOME" ]; then echo "999 $$j"; else echo "$$v $${j%/}"; fi; \
      done | sort -rn | head -1 | cut -d' ' -f2-)
ifneq ($(JDK),)
export JAVA_HOME := $(JDK)
export PATH := $(JDK)/bin:$(PATH)
JDK_FEATURE := $(shell "$(JDK)/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
# Maven's own Guava calls sun.misc.Unsafe, which JDK 24 and later warn about on every run.
ifeq ($(shell [ "$(JDK_FEATURE)" -ge 24 ] && echo yes),yes)
export MAVEN_OPTS := $(MAVEN_OPTS) --sun-misc-unsafe-memory-access=allow
endif
endif
TOP_CP   := gemini/target/classes:$$(cat gemini/target/classpath.txt)
BENCH_CP := testbench/chipset/target/test-classes:testbench/chipset/target/classes:$$(cat testbench/chipset/target/classpath.txt)

.PHONY: rtl test lint bench mutation clean tools jdk rtl-check example

## rtl: generate the chipset's Verilog into verilog-out/
rtl: jdk
	$(MVN) -q -DskipTests -pl gemini -am package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
	java -cp "$(TOP_CP)" dev.gemini.RtlMain verilog-out

## test: install the simulators if missing, run every test, check verilog-out/ is fresh
test: tools jdk
	$(MVN) install
	$(MAKE) --no-print-directory example rtl-check

## example: the outside user's project in hdl-dsl/example, against the installed DSL artifacts
example: jdk
	$(MVN) -f hdl-dsl/example/pom.xml test
	@$(MVN) -q -f hdl-dsl/example/pom.xml dependency:tree -DoutputFile=target/dependency-tree.txt
	@! grep -q gemini hdl-dsl/example/target/dependency-tree.txt || { \
	  echo "hdl-dsl/example depends on the chipset:" >&2; cat hdl-dsl/example/target/dependency-tree.txt >&2; exit 1; }
	@echo "hdl-dsl/example builds against the DSL's artifacts alone."

## rtl-check: fail when verilog-out/ differs from what the sources generate
rtl-check: jdk
	@rm -rf target/rtl-check && mkdir -p target/rtl-check
	@$(MVN) -q -DskipTests -pl gemini -am package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
	@java -cp "$(TOP_CP)" dev.gemini.RtlMain target/rtl-check
	@diff -r verilog-out target/rtl-check >/dev/null || { \
	  echo "verilog-out/ is stale: run 'make rtl' and commit the result." >&2; \
	  diff -r verilog-out target/rtl-check | head -40 >&2; exit 1; }
	@echo "verilog-out/ is up to date."

## lint: Verilator's linter, every warning on, over verilog-out/, once per top
LINT_TOPS := GeminiEngine Rv32Cpu CpuIoModule
lint: tools
	cd verilog-out && for top in $(LINT_TOPS); do verilator --lint-only -Wall --top-module $$top $$(cat files.f) || exit 1; done

## bench: figures, each measured against a baseline in the same run
## (BENCH_OPTS passes -D settings, e.g. BENCH_OPTS=-Dbench.cleanCycles=2000000 for a shorter C7;
## BENCH_GROUPS picks groups: emit jni jvm ge clocking resync cpu coremark machine formal rewrite, and mutation,
## which only runs when named)
bench: tools jdk
	$(MVN) -q -DskipTests install
	$(MVN) -q -pl testbench/chipset test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test
	java -Xss16m -XX:+UseSystemMemoryBarrier --enable-native-access=ALL-UNNAMED $(BENCH_OPTS) -cp "$(BENCH_CP)" dev.gemini.bench.Bench $(BENCH_GROUPS)

## mutation: the chipset's simulation tests against mutants of the GE (BENCH_OPTS=-Dbench.mutants=N),
## each survivor listed with the Java line it changed and whether the formal back end proves it
## equivalent (each solver run at most 120 s)
mutation:
	$(MAKE) bench BENCH_GROUPS=mutation BENCH_OPTS="-Dhdl.formal.timeLimitSeconds=120 $(BENCH_OPTS)"

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

## jdk: stop with what to install when no JDK 21 or later is found
jdk:
	@if [ -z "$(JDK)" ]; then \
	  echo "No JDK $(JAVA_MIN) or later found (JAVA_HOME='$$JAVA_HOME', none under /usr/lib/jvm)." >&2; \
	  echo "Install one, for example Temurin 25, and set JAVA_HOME to it." >&2; exit 1; \
	fi
	@echo "Using the JDK in $(JDK)."

clean: jdk
	$(MVN) -q clean
	rm -rf target
