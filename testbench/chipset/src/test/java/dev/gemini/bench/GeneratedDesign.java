package dev.gemini.bench;

import static dev.hdl.Hdl.*;

import dev.hdl.Component;
import dev.hdl.UInt;
import dev.hdl.ir.Design;
import dev.hdl.ir.ModuleDef;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded random design of a chosen size, for measuring how elaboration and emission scale:
 * blocks of registers and arithmetic, each block different so that none deduplicates away.
 */
final class GeneratedDesign extends Component {
  /** Nodes per block: about what one mid-sized RTL block has. */
  static final int BLOCK_NODES = 1000;

  final UInt in = input(uint(16));
  final UInt out = output(uint(16));

  GeneratedDesign(int nodes, long seed) {
    UInt carried = in;
    for (int b = 0; b < Math.max(1, nodes / BLOCK_NODES); b++) {
      long blockSeed = seed * 31 + b;
      RandomBlock block = instance(() -> new RandomBlock(blockSeed));
      block.in.assign(carried);
      carried = block.out;
    }
    out.assign(carried);
  }

  static int nodeCount(Design d) {
    int total = 0;
    for (ModuleDef m : d.modules()) {
      total += m.nodes().size();
    }
    return total;
  }

  static final class RandomBlock extends Component {
    final UInt in = input(uint(16));
    final UInt out = output(uint(16));
    private final long seed;

    RandomBlock(long seed) {
      this.seed = seed;
      SplittableRandom random = new SplittableRandom(seed);
      List<UInt> pool = new ArrayList<>(List.of(in));
      for (int made = 2; made < BLOCK_NODES; ) {
        UInt a = pool.get(random.nextInt(pool.size()));
        UInt b = pool.get(random.nextInt(pool.size()));
        int kind = random.nextInt(4);
        made += kind == 2 ? 3 : 2; // the operator(s) and the register below
        UInt mixed = switch (kind) {
          case 0 -> a.add(b);
          case 1 -> a.xor(b);
          case 2 -> mux(a.lt(b), a, b);
          default -> a.sub(b);
        };
        UInt stage = reg(uint(16), 0);
        stage.assign(mixed);
        pool.add(stage);
      }
      out.assign(pool.get(pool.size() - 1));
    }

    @Override
    public String moduleName() {
      return "RandomBlock_" + Long.toHexString(seed);
    }
  }
}
