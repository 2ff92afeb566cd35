package dev.gemini.bench;

import dev.hdl.ir.Design;
import dev.hdl.ir.FlatNetlist;
import dev.hdl.sim.PowerOnState;
import java.math.BigInteger;

/**
 * C++ that gives a bare Verilator model the power-on state the harness gives it
 * ({@link PowerOnState}), so that a C++ baseline runs from the same state as the Java bench it is
 * checked against. It reaches the state through the model's public scopes, as the harness does.
 */
final class PowerOnCode {
  private PowerOnCode() {}

  /** A function {@code powerOn(VerilatedContext&)}, for a model of {@code design} built by the harness. */
  static String function(Design design, long seed) {
    StringBuilder calls = new StringBuilder();
    FlatNetlist net = design.netlist();
    String prefix = design.top() + ".";
    for (FlatNetlist.FlatNode n : net.nodes()) {
      if (PowerOnState.drawn(net, n)) {
        String path = n.path().substring(prefix.length());
        calls.append(call(design, path, -1, PowerOnState.register(seed, path, n.width()), n.width()));
      }
    }
    for (FlatNetlist.FlatMemory m : net.memories()) {
      if (PowerOnState.drawn(m)) {
        String path = m.path().substring(prefix.length());
        for (int a = 0; a < m.memory().depth(); a++) {
          calls.append(call(design, path, a, PowerOnState.memoryWord(seed, path, a, m.memory().width()),
              m.memory().width()));
        }
      }
    }
    return """
        static void put(VerilatedContext& context, const char* scope, const char* name, long index,
                        std::initializer_list<uint32_t> words) {
            const VerilatedVar* var = context.scopeFind(scope)->varFind(name);
            const int bits = var->packed().elements();
            const int bytes = bits <= 8 ? 1 : bits <= 16 ? 2 : bits <= 32 ? 4 : bits <= 64 ? 8 : 4 * ((bits + 31) / 32);
            uint8_t* at = static_cast<uint8_t*>(var->datap());
            if (index >= 0) at += (index - var->unpacked().low()) * bytes;
            uint8_t little[sizeof(uint32_t) * 64] = {};
            int i = 0;
            for (uint32_t w : words) {
                for (int b = 0; b < 4; ++b) little[4 * i + b] = static_cast<uint8_t>(w >> (8 * b));
                ++i;
            }
            std::memcpy(at, little, bytes);
        }
        static void powerOn(VerilatedContext& context) {
        %s}
        """.formatted(calls);
  }

  private static String call(Design design, String path, int index, BigInteger value, int width) {
    int dot = path.lastIndexOf('.');
    String scope = "TOP." + design.top() + (dot < 0 ? "" : "." + path.substring(0, dot));
    StringBuilder words = new StringBuilder();
    for (int low = 0; low < Math.max(width, 1); low += 32) {
      words.append(words.isEmpty() ? "" : ", ").append("0x")
          .append(value.shiftRight(low).and(BigInteger.valueOf(0xFFFF_FFFFL)).toString(16)).append("u");
    }
    return String.format("    put(context, \"%s\", \"%s\", %d, {%s});%n", scope, path.substring(dot + 1), index, words);
  }
}
