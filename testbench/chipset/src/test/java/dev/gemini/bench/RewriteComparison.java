package dev.gemini.bench;

import dev.gemini.GeminiEngine;
import dev.gemini.clocking.PhaseAligner;
import dev.gemini.clocking.ResetSequencer;
import dev.gemini.datamover.DataMover;
import dev.gemini.registers.Register;
import dev.gemini.registers.RegisterMap;
import dev.hdl.Elaboration;
import dev.hdl.testing.VerilogTools;
import dev.hdl.verilog.VerilogOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * REWRITE: the GE's rewrite onto typed register layouts, enums and registered outputs changed no
 * behaviour. The GE's Verilog from before it ({@value #BASELINE}, its modules renamed {@code old_*}
 * as they are read) and the GE elaborated now run side by side in one Verilator model, each as a
 * duplex pair on a cross-link, from one random stimulus; every output of the four GEs is compared
 * every cycle, and the first differences are named on standard error. {@code -Dbench.rewriteCycles}
 * and {@code -Dbench.rewriteSeed} set the run's length and its stimulus.
 */
final class RewriteComparison {
  /** The GE hierarchy as committed at 3c255ed, the last commit before the rewrite (see its README.md). */
  private static final String BASELINE = "rewrite-baseline/";
  private static final long CYCLES = Long.getLong("bench.rewriteCycles", 1_000_000);
  private static final long SEED = Long.getLong("bench.rewriteSeed", 1);
  /** The build and a long run outlast the usual two minutes on a loaded machine. */
  private static final Duration LIMIT = Duration.ofHours(1);
  private static final Pattern MODULE = Pattern.compile("^module\\s+(\\w+)", Pattern.MULTILINE);
  private static final Pattern PORT =
      Pattern.compile("^\\s*(input|output)\\s+wire\\s+(?:\\[(\\d+):0\\]\\s+)?(\\w+)", Pattern.MULTILINE);
  /** A GE's lanes to its partner: an output with the first prefix drives the partner's input with the second. */
  private static final Map<String, String> LANES = Map.of("linkOut_", "linkIn_", "copyOut_", "copyIn_");

  /** A port of the GE top, as its Verilog declares it. */
  private record Port(String name, boolean output, int width) {}

  /** Where a port sits in one of the miter's vectors: in0/in1 for the stimulus, old0 ... new1 for the outputs. */
  private record Slot(Port port, int lsb) {}

  private RewriteComparison() {}

  static void run() {
    long start = System.nanoTime();
    VerilogOutput current = VerilogOutput.of(Elaboration.elaborate(GeminiEngine::new));
    Map<String, String> files = new LinkedHashMap<>(baseline());
    List<String> oldFiles = List.copyOf(files.keySet());
    List<Port> ports = ports(current.module("GeminiEngine"));
    List<Port> oldPorts = ports(files.get("old_GeminiEngine.v"));
    // Verilator only warns about a missing pin or a width that differs: -Wno-fatal would hide it.
    if (!ports.equals(oldPorts)) {
      throw new IllegalStateException("the GE's ports are not the baseline's:\n now " + ports + "\n was " + oldPorts);
    }
    List<Slot> inputs = slots(ports.stream().filter(RewriteComparison::stimulus).toList());
    List<Slot> outputs = slots(ports.stream().filter(Port::output).toList());
    files.put("rewrite_miter.v", miter(ports, inputs, outputs));
    files.put("miter_ports.h", header(inputs, outputs));
    files.put("main.cpp", MAIN);
    Path dir = VerilogTools.write(current, files);
    List<String> build = new ArrayList<>(List.of("verilator", "--cc", "--exe", "--build", "-j", "2", "-O3",
        "--x-assign", "fast", "--x-initial", "fast", "-Wno-fatal", "-CFLAGS", "-O2", "-MAKEFLAGS", "OPT_FAST=-O2",
        "--top-module", "rewrite_miter", "-o", "rewrite_miter"));
    build.addAll(VerilogTools.files(current));
    build.addAll(oldFiles);
    build.addAll(List.of("rewrite_miter.v", "main.cpp"));
    VerilogTools.run(dir, build, "building the rewrite's miter", LIMIT);
    long built = System.nanoTime();
    String printed = VerilogTools.run(dir, List.of(dir.resolve("obj_dir/rewrite_miter").toString(),
        Long.toString(CYCLES), Long.toString(SEED)), "the rewrite's miter", LIMIT);
    long ran = System.nanoTime();
    for (String line : printed.lines().toList()) {
      if (line.startsWith("figure ")) {
        String[] f = line.split(" ", 4);
        Bench.report("REWRITE." + f[1], Double.parseDouble(f[2]), f[3]);
      } else if (line.startsWith("difference ")) {
        System.err.println("REWRITE " + line);
      }
    }
    Bench.report("REWRITE.build_seconds", (built - start) / 1e9, "s (elaboration, Verilator and C++ build)");
    Bench.report("REWRITE.run_seconds", (ran - built) / 1e9, "s (" + CYCLES + " cycles of four GEs)");
  }

  /** The baseline's files, each renamed old_*.v and every module it declares prefixed old_. */
  private static Map<String, String> baseline() {
    Map<String, String> texts = new LinkedHashMap<>();
    for (String file : resource("files.f").lines().filter(l -> !l.isBlank()).toList()) {
      texts.put(file, resource(file));
    }
    List<String> modules = texts.values().stream()
        .flatMap(text -> MODULE.matcher(text).results().map(m -> Pattern.quote(m.group(1)))).toList();
    Pattern declared = Pattern.compile("\\b(" + String.join("|", modules) + ")\\b");
    Map<String, String> renamed = new LinkedHashMap<>();
    texts.forEach((file, text) -> renamed.put("old_" + file, declared.matcher(text).replaceAll("old_$1")));
    return renamed;
  }

  private static String resource(String name) {
    try (InputStream in = RewriteComparison.class.getResourceAsStream(BASELINE + name)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + BASELINE + name + " beside " + RewriteComparison.class);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The ports a GE module's Verilog declares, in order. */
  private static List<Port> ports(String verilog) {
    return PORT.matcher(verilog).results().map(m -> new Port(m.group(3), m.group(1).equals("output"),
        m.group(2) == null ? 1 : Integer.parseInt(m.group(2)) + 1)).toList();
  }

  /** The inputs the C++ stimulus drives: all but the clock, the reset, the slot strap and the partner's lanes. */
  private static boolean stimulus(Port p) {
    return !p.output() && !List.of("clk", "rst", "moduleId").contains(p.name()) && lane(p.name()) == null;
  }

  /** For an input on a lane from the partner, the partner's output that drives it; else null. */
  private static String lane(String input) {
    return LANES.entrySet().stream().filter(e -> input.startsWith(e.getValue()))
        .map(e -> e.getKey() + input.substring(e.getValue().length())).findFirst().orElse(null);
  }

  /** The ports packed one after another from bit 0, each at most 64 bits for the C++ side's words. */
  private static List<Slot> slots(List<Port> ports) {
    List<Slot> slots = new ArrayList<>();
    int lsb = 0;
    for (Port p : ports) {
      if (p.width() > 64) {
        throw new IllegalStateException("GE port " + p.name() + " is wider than the stimulus's 64-bit values");
      }
      slots.add(new Slot(p, lsb));
      lsb += p.width();
    }
    return slots;
  }

  private static int bits(List<Slot> slots) {
    Slot last = slots.getLast();
    return last.lsb() + last.port().width();
  }

  /**
   * The miter's Verilog: per pair, GE 0 and GE 1 (moduleId 0 and 1) joined by the cross-link of
   * {@code DuplexSystem} (the frames and the copy lane delayed by the link's latency, silent while
   * {@code linkCut}); GE g of either pair takes its other inputs from in{g}; old{g} and new{g} are
   * GE g's outputs, concatenated.
   */
  private static String miter(List<Port> ports, List<Slot> inputs, List<Slot> outputs) {
    Map<String, Slot> byName = new LinkedHashMap<>();
    inputs.forEach(s -> byName.put(s.port().name(), s));
    Map<String, Port> outputNamed = new LinkedHashMap<>();
    outputs.forEach(s -> outputNamed.put(s.port().name(), s.port()));
    List<Port> lanes = ports.stream().filter(p -> !p.output() && lane(p.name()) != null).toList();
    for (Port in : lanes) {
      Port out = outputNamed.get(lane(in.name()));
      if (out == null || out.width() != in.width()) {
        throw new IllegalStateException("GE input " + in.name() + " has no partner output of its width");
      }
    }
    int laneBits = lanes.stream().mapToInt(Port::width).sum();
    StringBuilder v = new StringBuilder(LINK);
    v.append("""

        // The GE before its rewrite (old_GeminiEngine) and after, each as a duplex pair; both pairs take one stimulus.
        module rewrite_miter (input wire clk, input wire rst, input wire linkCut, input wire [%d:0] in0, in1,
            output wire [%d:0] old0, old1, new0, new1);
        """.formatted(bits(inputs) - 1, bits(outputs) - 1));
    for (String pair : List.of("old", "new")) {
      String module = pair.equals("old") ? "old_GeminiEngine" : "GeminiEngine";
      for (int g = 0; g < 2; g++) {
        String ge = pair + "_ge" + g;
        List<String> pins = new ArrayList<>();
        for (Port p : ports) {
          Slot slot = byName.get(p.name());
          String net = switch (p.name()) {
            case "clk", "rst" -> p.name();
            case "moduleId" -> "1'b" + g;
            default -> slot != null ? "in%d[%d +: %d]".formatted(g, slot.lsb(), p.width()) : ge + "_" + p.name();
          };
          if (p.output() || lane(p.name()) != null) {
            v.append("  wire [%d:0] %s;\n".formatted(p.width() - 1, net));
          }
          pins.add("." + p.name() + "(" + net + ")");
        }
        v.append("  ").append(module).append(' ').append(ge).append(" (").append(String.join(", ", pins))
            .append(");\n");
        List<String> packed = outputs.reversed().stream().map(s -> ge + "_" + s.port().name()).toList();
        v.append("  assign ").append(pair).append(g).append(" = {").append(String.join(", ", packed)).append("};\n");
      }
      for (int g = 0; g < 2; g++) {
        String from = pair + "_ge" + g;
        String to = pair + "_ge" + (1 - g);
        v.append("  rewrite_link #(%d, %d) %s_link%d (.clk(clk), .rst(rst), .cut(linkCut), .in({%s}), .out({%s}));\n"
            .formatted(laneBits, GeminiEngine.Config.DEFAULT.linkLatency(), pair, g,
                String.join(", ", lanes.stream().map(p -> from + "_" + lane(p.name())).toList()),
                String.join(", ", lanes.stream().map(p -> to + "_" + p.name()).toList())));
      }
    }
    return v.append("endmodule\n").toString();
  }

  /** One direction of the cross-link, as CrossLink builds it: reset to zero, zeros while cut. */
  private static final String LINK = """
      module rewrite_link #(parameter W = 1, parameter LATENCY = 1) (input wire clk, input wire rst, input wire cut,
          input wire [W-1:0] in, output wire [W-1:0] out);
        reg [W-1:0] stage [0:LATENCY-1];
        integer i;
        always @(posedge clk) begin
          stage[0] <= rst ? {W{1'b0}} : in;
          for (i = 1; i < LATENCY; i = i + 1) stage[i] <= rst ? {W{1'b0}} : stage[i - 1];
        end
        assign out = cut ? {W{1'b0}} : stage[LATENCY-1];
      endmodule
      """;

  /** The C++ side's tables: the slots of the miter's vectors, the register map, the GE's codes and sizes. */
  private static String header(List<Slot> inputs, List<Slot> outputs) {
    DataMover.Config mover = GeminiEngine.Config.DEFAULT.mover();
    StringBuilder h = new StringBuilder("struct Field { const char* name; int lsb; int width; };\n");
    h.append(table("INPUTS", inputs)).append(table("OUTPUTS", outputs));
    h.append("constexpr int OUTPUT_WORDS = ").append((bits(outputs) + 31) / 32).append(";\n");
    h.append("struct Register { const char* name; int offset; bool writable; };\n");
    h.append("static const Register REGISTERS[] = {\n");
    for (var r : RegisterMap.registers()) {
      h.append("    {\"%s\", 0x%02X, %b},\n".formatted(r.name(), r.offset(), r.access() != Register.Access.RO));
    }
    h.append("};\n");
    h.append("""
        constexpr int CMD_DIAG_PASS = %d, CMD_DIAG_FAIL = %d, CMD_RESYNC_DONE = %d, CMD_REPLACED = %d;
        constexpr int DM_COPY_ALL = %d, DM_COPY_DIRTY = %d, DM_BLACKOUT = %d, DM_CANCEL = %d, DM_FAILED_BIT = %d;
        constexpr long SYSREF_PERIOD = %d;
        constexpr int TAPS = %d, PAGE_BITS = %d, PAGES = %d;
        """.formatted(RegisterMap.CMD_DIAG_PASS, RegisterMap.CMD_DIAG_FAIL, RegisterMap.CMD_RESYNC_DONE,
        RegisterMap.CMD_REPLACED, DataMover.CMD_COPY_ALL, DataMover.CMD_COPY_DIRTY, DataMover.CMD_BLACKOUT,
        DataMover.CMD_CANCEL, RegisterMap.named("DM_STATUS").fields().stream().filter(f -> f.name().equals("failed"))
            .findFirst().orElseThrow().lo(),
        1 << ResetSequencer.COUNTER_BITS, 1 << PhaseAligner.DEFAULT_TAP_BITS, mover.pageBits(),
        1 << mover.pageCountBits()));
    return h.toString();
  }

  private static String table(String name, List<Slot> slots) {
    StringBuilder t = new StringBuilder("static const Field " + name + "[] = {\n");
    slots.forEach(s -> t.append("    {\"%s\", %d, %d},\n".formatted(s.port().name(), s.lsb(), s.port().width())));
    return t.append("};\n").toString();
  }

  /**
   * The stimulus and the comparison. Each module's CPU, IO device, memory, clocking and register
   * software are modelled after DuplexHarness's, reacting to the old pair's outputs; the new pair
   * gets the very same inputs, whatever it answers. Every ~10^5 cycles the pairs are reset and the
   * epoch's rates and straps drawn again. Prints "figure <name> <value> <unit>" lines, and the
   * first differences.
   */
  private static final String MAIN = """
      #include "Vrewrite_miter.h"
      #include "verilated.h"
      #include "miter_ports.h"
      #include <algorithm>
      #include <cmath>
      #include <cstdint>
      #include <cstdio>
      #include <cstdlib>
      #include <cstring>
      #include <deque>
      #include <vector>

      // ---- randomness: splitmix64 from the seed on the command line ----
      static uint64_t seed, stream;
      static uint64_t mix(uint64_t z) {
          z = (z ^ z >> 30) * 0xBF58476D1CE4E5B9ull;
          z = (z ^ z >> 27) * 0x94D049BB133111EBull;
          return z ^ z >> 31;
      }
      static uint64_t next() { return mix(stream += 0x9E3779B97F4A7C15ull); }
      static double unit(uint64_t x) { return (x >> 11) * (1.0 / 9007199254740992.0); }
      static bool chance(double p) { return unit(next()) < p; }
      static uint64_t below(uint64_t n) { return next() % n; }

      // ---- the tables, by name, resolved once; every input must be driven ----
      constexpr size_t INPUT_COUNT = sizeof INPUTS / sizeof INPUTS[0];
      static bool driven[INPUT_COUNT];
      static const Field* input(const char* name) {
          for (size_t i = 0; i < INPUT_COUNT; ++i) {
              if (std::strcmp(INPUTS[i].name, name) == 0) { driven[i] = true; return &INPUTS[i]; }
          }
          std::fprintf(stderr, "the GE has no input %s\\n", name);
          std::exit(2);
      }
      static const Field* output(const char* name) {
          for (const Field& f : OUTPUTS) if (std::strcmp(f.name, name) == 0) return &f;
          std::fprintf(stderr, "the GE has no output %s\\n", name);
          std::exit(2);
      }
      static int offset(const char* name) {
          for (const Register& r : REGISTERS) if (std::strcmp(r.name, name) == 0) return r.offset;
          std::fprintf(stderr, "the GE has no register %s\\n", name);
          std::exit(2);
      }
      static uint64_t get(const uint32_t* w, const Field* f) {
          uint64_t v = 0;
          for (int i = 0; i < f->width; ++i) v |= uint64_t(w[(f->lsb + i) >> 5] >> ((f->lsb + i) & 31) & 1) << i;
          return v;
      }
      static void put(uint32_t* w, const Field* f, uint64_t v) {
          for (int i = 0; i < f->width; ++i) {
              const int b = f->lsb + i;
              w[b >> 5] = (w[b >> 5] & ~(1u << (b & 31))) | uint32_t(v >> i & 1) << (b & 31);
          }
      }

      static const Field *const PRESENT = input("partnerPresent"), *const CPU_VALID = input("cpuOut_valid"),
          *const CPU_KIND = input("cpuOut_kind"), *const CPU_TAG = input("cpuOut_tag"),
          *const CPU_ADDRESS = input("cpuOut_address"), *const CPU_ENABLES = input("cpuOut_byteEnables"),
          *const CPU_DATA = input("cpuOut_data"), *const CPU_ERROR = input("cpuError"),
          *const IO_READY = input("ioReqReady"), *const IO_VALID = input("ioIn_valid"),
          *const IO_KIND = input("ioIn_kind"), *const IO_TAG = input("ioIn_tag"),
          *const IO_STATUS = input("ioIn_status"), *const IO_ADDRESS = input("ioIn_address"),
          *const IO_DATA = input("ioIn_data"), *const IO_ERROR = input("ioError"),
          *const SNOOP_VALID = input("memSnoopValid"), *const SNOOP_ADDRESS = input("memSnoopAddress"),
          *const READ_DATA = input("memReadData"), *const READ_ERROR = input("memReadError"),
          *const QUIESCED = input("cpuQuiesced"), *const LATE = input("phaseLate"), *const SYSREF = input("sysref"),
          *const BYPASS = input("clockingBypass"), *const CSR_VALID = input("csrValid"),
          *const CSR_WRITE = input("csrWrite"), *const CSR_ADDRESS = input("csrAddress"),
          *const CSR_DATA = input("csrData");
      static const Field *const READY = output("cpuOutReady"), *const EVENT = output("cpuIn_valid"),
          *const REQUEST = output("ioReq_valid"), *const REQUEST_KIND = output("ioReq_kind"),
          *const REQUEST_TAG = output("ioReq_tag"), *const REQUEST_ADDRESS = output("ioReq_address"),
          *const IO_IN_READY = output("ioInReady"), *const STOP = output("cpuStop"), *const RESET = output("cpuReset"),
          *const RESTORE = output("cpuRestore"), *const TAP = output("delayTap"),
          *const RESP_VALID = output("csrRespValid"), *const RESP_DATA = output("csrRespData"),
          *const IRQ = output("irq"), *const LED = output("ledState"), *const COPY = output("copyOut_valid");
      static const int COMMAND = offset("COMMAND"), DM_COMMAND = offset("DM_COMMAND"),
          HEARTBEAT_TIMEOUT = offset("HEARTBEAT_TIMEOUT"), ERROR_PERIOD = offset("ERROR_PERIOD"),
          ERROR_CAPACITY = offset("ERROR_CAPACITY"), COUNT_COMPARED = offset("COUNT_COMPARED"),
          COUNT_MISMATCHES = offset("COUNT_MISMATCHES"), SUBSYSTEM_STATE = offset("SUBSYSTEM_STATE"),
          DM_STATUS = offset("DM_STATUS");

      struct Txn { bool valid; uint64_t kind, tag, address, enables, data; };
      struct Event { bool valid; uint64_t kind, tag, status, address, data; };
      struct Csr { bool valid, write; uint64_t address, data; };

      // What is drawn again at each reset. The CPUs store into a few pages, so that the Data Mover's
      // passes and blackouts are short.
      struct Epoch {
          double issueRate, readyRate, eventRate;
          bool bypass;
          long sysrefPhase;
          uint64_t hotPage;
          double skew[2];
      };

      // A lockstepped CPU: what it issues is a function of how many transactions its GE took and of
      // the cycle, so two CPUs in one state issue the same on the same cycle, and part once one is
      // isolated. A divergence changes one field of the offer on the wire until the GE takes it.
      struct Cpu {
          uint64_t taken = 0;
          Txn offer{};
          int flip = -1;
          uint64_t flipBit = 0;
          uint64_t draw(uint64_t salt) const { return mix(seed ^ mix(taken * 4 + salt)); }
          void tick(long cycle, double rate) {
              if (offer.valid || unit(mix(draw(0) ^ cycle)) >= rate) return;
              const uint64_t a = draw(1), b = draw(2);
              // Kinds 0-3, bit 47 picks the IO subsystem, the sequence number in the data's top half.
              offer = {true, a & 3, a >> 2 & 31, (a >> 7 & 1) << 47 | (b & 0xFFFFFFF8ull), 1 + (a >> 8) % 255,
                       (taken + 1) << 32 | b >> 32};
          }
          Txn wire() const {
              Txn t = offer;
              switch (flip) {
                  case 0: t.kind ^= 1ull << flipBit % 2; break;
                  case 1: t.tag ^= 1ull << flipBit % 5; break;
                  case 2: t.address ^= 1ull << (flipBit % 44 + 3); break;
                  case 3: t.enables ^= 1ull << flipBit % 8; break;
                  case 4: t.data ^= 1ull << flipBit % 64; break;
              }
              return t;
          }
      };

      // An IO subsystem: takes requests when ready, completes the non-posted ones a few cycles later,
      // raises interrupts and DMA writes at random; each event waits for ioInReady.
      struct Device {
          struct Pending { long due; uint64_t tag, address; };
          std::deque<Pending> pending;
          Event offer{};
          bool ready = false;
          void tick(long cycle, const Epoch& e) {
              ready = chance(e.readyRate);
              if (offer.valid) return;
              if (!pending.empty() && pending.front().due <= cycle) {
                  const Pending p = pending.front();
                  pending.pop_front();
                  offer = chance(0.02) ? Event{true, 0, p.tag, 1, 0, ~0ull}
                                       : Event{true, 0, p.tag, 0, 0, p.address * 0x9E3779B97F4A7C15ull + 7};
              } else if (chance(e.eventRate)) {
                  offer = chance(0.5) ? Event{true, 2, 0, 0, next() & 0xFFFFFFF8ull, next()}
                                      : Event{true, 1, 0, 0, 0, below(0xF0)};
              }
          }
      };

      // What one module's GE (of the old pair) showed this cycle.
      struct Seen {
          bool ready, event, request, ioReady, stop, reset, restore, respValid, irq, copy;
          uint64_t requestKind, requestTag, requestAddress, tap, respData, led;
      };

      struct Module {
          Cpu cpu;
          Device io;
          Seen seen{};
          Txn wire{};
          Csr csr{};
          long asked = -1;  // the register read last cycle, answered this one
          uint64_t cpuError = 0, ioError = 0;
          long stopped = 0, quiesceAfter = 0;
      };

      static uint64_t severity() { return chance(0.7) ? 1 : chance(0.67) ? 2 : 4; }

      static std::vector<const Register*> everyRegister, writable;

      // The ft control software's next step, for both GEs, after it read SUBSYSTEM_STATE (two bits
      // each: 0 online, 1 diagnosing, 2 resyncing, 3 offline) or DM_STATUS: bring the first subsystem
      // out of service one step back, or retry or cancel a failed copy.
      static Csr service(long address, uint64_t value) {
          const auto write = [](int address, int data) { return Csr{true, true, uint64_t(address), uint64_t(data)}; };
          if (address == DM_STATUS) {
              return value >> DM_FAILED_BIT & 1 ? write(DM_COMMAND, chance(0.7) ? DM_COPY_DIRTY : DM_CANCEL) : Csr{};
          }
          for (int k = 0; k < 4; ++k) {
              switch (value >> 2 * k & 3) {
                  case 1: return write(COMMAND, (chance(0.95) ? CMD_DIAG_PASS : CMD_DIAG_FAIL) << 4 | k);
                  case 2: return chance(0.02) ? write(COMMAND, CMD_RESYNC_DONE << 4 | k)
                      : write(DM_COMMAND, chance(0.5) ? DM_BLACKOUT : chance(0.9) ? DM_COPY_DIRTY : DM_COPY_ALL);
                  case 3: return write(COMMAND, CMD_REPLACED << 4 | k);
              }
          }
          return {};
      }

      // Other register traffic: mostly the map's registers, with values that keep the pair alive.
      static Csr request() {
          Csr r{true, chance(0.5), 0, 0};
          const auto& from = r.write && chance(0.9) ? writable : everyRegister;
          r.address = chance(0.1) ? below(256) : from[below(from.size())]->offset;
          const long a = long(r.address & ~3ull);
          r.data = chance(0.1) ? next() & 0xFFFFFFFF
              : a == COMMAND ? below(8) << 4 | below(4)
              : a == DM_COMMAND ? 2 + below(3)
              : a == HEARTBEAT_TIMEOUT ? 4 + below(60)
              : a == ERROR_PERIOD ? 16 + below(8192)
              : a == ERROR_CAPACITY ? 1 + below(8)
              : next() & 0xFFFFFFFF;
          return r;
      }

      // The phase detector: late when the delayed edge, with jitter, is past the reference edge.
      static bool late(double skew, uint64_t tap) {
          const double period = TAPS * 100.0;
          double e = std::fmod(skew + 100.0 * tap + (unit(next()) + unit(next()) - 1) * 300, period);
          if (e < 0) e += period;
          return e > 0 && e < period / 2;
      }

      int main(int argc, char** argv) {
          if (argc != 3) { std::fprintf(stderr, "usage: rewrite_miter <cycles> <seed>\\n"); return 2; }
          const long cycles = std::atol(argv[1]);
          seed = stream = std::strtoull(argv[2], nullptr, 10);
          for (size_t i = 0; i < INPUT_COUNT; ++i) {
              if (!driven[i]) { std::fprintf(stderr, "the stimulus drives no %s\\n", INPUTS[i].name); return 2; }
          }
          for (const Register& r : REGISTERS) {
              everyRegister.push_back(&r);
              if (r.writable) writable.push_back(&r);
          }
          VerilatedContext context;
          Vrewrite_miter top{&context};
          uint32_t* const in[2] = {top.in0.data(), top.in1.data()};
          const uint32_t* const olds[2] = {top.old0.data(), top.old1.data()};
          const uint32_t* const news[2] = {top.new0.data(), top.new1.data()};

          Module mod[2];
          Epoch epoch{};
          long epochLeft = 0, epochCycle = 0, resetLeft = 0, cutLeft = 0, absentLeft[2] = {};
          long differences = 0, epochs = 0, requests = 0, events = 0, irqs = 0, degraded = 0, copies = 0, stops = 0;
          uint64_t compared = 0, mismatches = 0, epochCompared = 0, epochMismatches = 0;
          Csr followUp{};  // the software's step after a read of SUBSYSTEM_STATE or DM_STATUS
          size_t sweep = 0;  // the next register a sweep reads; none once past the last
          for (long cycle = 0; cycle < cycles; ++cycle) {
              if (epochLeft == 0) {
                  compared += epochCompared;
                  mismatches += epochMismatches;
                  epochCompared = epochMismatches = 0;
                  epochLeft = std::min(cycles - cycle, 50000 + long(below(100000)));
                  epoch = {0.1 + 0.8 * unit(next()), 0.5 + 0.5 * unit(next()), 0.002 + 0.05 * unit(next()), chance(0.5),
                           long(below(SYSREF_PERIOD)), below(PAGES - 1),
                           {TAPS * 100.0 * unit(next()), TAPS * 100.0 * unit(next())}};
                  mod[0] = Module{};
                  mod[1] = Module{};
                  cutLeft = absentLeft[0] = absentLeft[1] = 0;
                  epochCycle = 0;
                  resetLeft = 2;
                  sweep = 0;
                  ++epochs;
              }
              // Faults and software, for this cycle.
              if (chance(5e-5)) {
                  Module& victim = mod[below(2)];
                  victim.cpu.flip = int(below(5));
                  victim.cpu.flipBit = below(64);
                  victim.cpuError = chance(0.8);
              }
              for (Module& d : mod) {
                  if (chance(1e-5)) d.cpuError |= severity();
                  if (chance(1e-5)) d.ioError |= severity();
              }
              if (chance(2e-6)) cutLeft = 1 + long(below(64));  // shorter or longer than the heartbeat timeout
              if (chance(3e-6)) absentLeft[below(2)] = 100 + long(below(10000));
              if (chance(1e-5)) epoch.skew[below(2)] += TAPS * 100.0 * unit(next());
              // At an epoch's end, module 0's counts of comparisons and mismatches.
              if (epochLeft == 4 || epochLeft == 2) {
                  mod[0].csr = {true, false, uint64_t(epochLeft == 4 ? COUNT_COMPARED : COUNT_MISMATCHES), 0};
              } else if (followUp.valid) {
                  mod[0].csr = mod[1].csr = followUp;
                  followUp = {};
              } else if (sweep < everyRegister.size()) {
                  // Every register read back, after each reset and now and then: no state is left unseen.
                  mod[0].csr = mod[1].csr = {true, false, uint64_t(everyRegister[sweep++]->offset), 0};
              } else if (chance(1e-4)) {
                  sweep = 0;
              } else if (chance(2e-3)) {
                  mod[0].csr = {true, false, uint64_t(chance(0.5) ? SUBSYSTEM_STATE : DM_STATUS), 0};
              } else if (chance(0.03)) {
                  const Csr r = request();
                  const bool both = chance(0.7);  // the lockstepped software writes both GEs at once
                  const uint64_t only = below(2);
                  for (int m = 0; m < 2; ++m) if (both || m == int(only)) mod[m].csr = r;
              }

              top.rst = resetLeft > 0;
              top.linkCut = cutLeft > 0;
              for (int m = 0; m < 2; ++m) {
                  Module& d = mod[m];
                  uint32_t* w = in[m];
                  d.wire = d.cpu.wire();
                  put(w, CPU_VALID, d.wire.valid);
                  put(w, CPU_KIND, d.wire.kind);
                  put(w, CPU_TAG, d.wire.tag);
                  put(w, CPU_ADDRESS, d.wire.address);
                  put(w, CPU_ENABLES, d.wire.enables);
                  put(w, CPU_DATA, d.wire.data);
                  put(w, CPU_ERROR, d.cpuError);
                  put(w, IO_READY, d.io.ready);
                  put(w, IO_VALID, d.io.offer.valid);
                  put(w, IO_KIND, d.io.offer.kind);
                  put(w, IO_TAG, d.io.offer.tag);
                  put(w, IO_STATUS, d.io.offer.status);
                  put(w, IO_ADDRESS, d.io.offer.address);
                  put(w, IO_DATA, d.io.offer.data);
                  put(w, IO_ERROR, d.ioError);
                  put(w, SNOOP_VALID, chance(0.05));
                  put(w, SNOOP_ADDRESS, (epoch.hotPage + below(2)) << PAGE_BITS | next() >> (64 - PAGE_BITS));
                  put(w, READ_DATA, next());
                  put(w, READ_ERROR, chance(1e-4));
                  put(w, QUIESCED, (d.seen.stop && d.stopped >= d.quiesceAfter) || chance(1e-4));
                  put(w, LATE, late(epoch.skew[m], d.seen.tap));
                  put(w, SYSREF, epochCycle % SYSREF_PERIOD == epoch.sysrefPhase);
                  put(w, BYPASS, epoch.bypass);
                  put(w, PRESENT, absentLeft[1 - m] == 0);
                  put(w, CSR_VALID, d.csr.valid);
                  put(w, CSR_WRITE, d.csr.write);
                  put(w, CSR_ADDRESS, d.csr.address);
                  put(w, CSR_DATA, d.csr.data);
              }
              top.clk = 0;
              top.eval();

              // Every output of both GEs, old against new, before the edge.
              for (int g = 0; g < 2; ++g) {
                  if (std::memcmp(olds[g], news[g], OUTPUT_WORDS * 4) == 0) continue;
                  for (const Field& f : OUTPUTS) {
                      const uint64_t was = get(olds[g], &f), now = get(news[g], &f);
                      if (was != now && differences++ < 10) {
                          std::printf("difference cycle %ld (%ld after the epoch's reset) GE %d %s:"
                              " old 0x%llx new 0x%llx\\n", cycle, epochCycle, g, f.name, (unsigned long long) was,
                              (unsigned long long) now);
                      }
                  }
              }
              bool anyRequest = false, anyEvent = false, anyIrq = false, anyDegraded = false, anyCopy = false,
                   anyStop = false;
              for (int m = 0; m < 2; ++m) {
                  Module& d = mod[m];
                  const uint32_t* o = olds[m];
                  Seen& s = d.seen;
                  s = {get(o, READY) != 0, get(o, EVENT) != 0, get(o, REQUEST) != 0, get(o, IO_IN_READY) != 0,
                       get(o, STOP) != 0, get(o, RESET) != 0, get(o, RESTORE) != 0, get(o, RESP_VALID) != 0,
                       get(o, IRQ) != 0, get(o, COPY) != 0, get(o, REQUEST_KIND), get(o, REQUEST_TAG),
                       get(o, REQUEST_ADDRESS), get(o, TAP), get(o, RESP_DATA), get(o, LED)};
                  anyRequest |= s.request;
                  anyEvent |= s.event;
                  anyIrq |= s.irq;
                  anyDegraded |= s.led > 1;  // the LED register's codes: 0 off, 1 duplex, 2 and up degraded
                  anyCopy |= s.copy;
                  anyStop |= s.stop;
                  if (d.asked == COUNT_COMPARED && s.respValid) epochCompared = s.respData;
                  if (d.asked == COUNT_MISMATCHES && s.respValid) epochMismatches = s.respData;
                  if ((d.asked == SUBSYSTEM_STATE || d.asked == DM_STATUS) && s.respValid) {
                      followUp = service(d.asked, s.respData);
                  }
                  d.asked = d.csr.valid && !d.csr.write ? long(d.csr.address & ~3ull) : -1;
              }
              requests += anyRequest;
              events += anyEvent;
              irqs += anyIrq;
              degraded += anyDegraded;
              copies += anyCopy;
              stops += anyStop;
              top.clk = 1;
              top.eval();

              // The models move on, from what the GEs took this cycle.
              bool restored = false;
              for (Module& d : mod) {
                  const Seen& s = d.seen;
                  if (d.wire.valid && s.ready) {
                      ++d.cpu.taken;
                      d.cpu.offer.valid = false;
                      d.cpu.flip = -1;
                  }
                  if (s.request && d.io.ready && s.requestKind != 1) {
                      d.io.pending.push_back({cycle + 2 + long(below(8)), s.requestTag, s.requestAddress});
                  }
                  if (d.io.offer.valid && s.ioReady) d.io.offer.valid = false;
                  d.io.tick(cycle, epoch);
                  if (!s.stop && !s.reset) d.cpu.tick(cycle + 1, epoch.issueRate);
                  if (s.stop) {
                      ++d.stopped;
                  } else {
                      d.stopped = 0;
                      d.quiesceAfter = long(below(40));
                  }
                  restored |= s.restore;
                  d.csr = {};
                  d.cpuError = d.ioError = 0;
              }
              // A warm reset leaves both CPUs with the context the Data Mover copied: in step again.
              if (restored) {
                  const uint64_t taken = std::max(mod[0].cpu.taken, mod[1].cpu.taken);
                  for (Module& d : mod) d.cpu = Cpu{taken};
              }
              --epochLeft;
              ++epochCycle;
              resetLeft -= resetLeft > 0;
              cutLeft -= cutLeft > 0;
              for (long& a : absentLeft) a -= a > 0;
          }
          compared += epochCompared;
          mismatches += epochMismatches;
          std::printf("figure cycles_compared %ld cycles, every output of old and new GE 0 and GE 1 (seed %llu)\\n",
                      cycles, (unsigned long long) seed);
          std::printf("figure differences %ld output values that differed (port, GE and cycle)\\n", differences);
          std::printf("figure epochs %ld resets, each drawing rates, straps and skews again\\n", epochs);
          std::printf("figure io_requests %ld cycles with ioReq_valid on either GE\\n", requests);
          std::printf("figure cpu_events %ld cycles with cpuIn_valid on either GE\\n", events);
          std::printf("figure irq %ld cycles with irq on either GE\\n", irqs);
          std::printf("figure degraded %ld cycles with either lamp neither off nor duplex"
                      " (after a mismatch, an error or a cut)\\n", degraded);
          std::printf("figure copy %ld cycles with copyOut_valid on either GE (Data Mover)\\n", copies);
          std::printf("figure blackout %ld cycles with cpuStop on either GE\\n", stops);
          std::printf("figure compared %llu transactions compared (COUNT_COMPARED at each epoch's end, summed)\\n",
                      (unsigned long long) compared);
          std::printf("figure mismatches %llu mismatches (COUNT_MISMATCHES at each epoch's end, summed)\\n",
                      (unsigned long long) mismatches);
          top.final();
          return 0;
      }
      """;
}
