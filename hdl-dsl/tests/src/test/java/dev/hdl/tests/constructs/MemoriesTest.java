package dev.hdl.tests.constructs;

import static dev.hdl.Hdl.*;

import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.Mem;
import dev.hdl.UInt;
import dev.hdl.ir.Memory.ReadUnderWrite;
import dev.hdl.testing.Emitted;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Memories: declarations, every read port kind, lane-masked writes and initial contents. */
class MemoriesTest {
  /**
   * One memory per read-under-write policy, written alike through 8-bit lanes, with every kind of
   * read port: asynchronous, registered with an enable, registered without one.
   */
  static final class Rams extends Component {
    final Bool we = input(bool());
    final UInt waddr = input(uint(3));
    final UInt wdata = input(uint(16));
    final UInt wmask = input(uint(2));
    final Bool ren = input(bool());
    final UInt raddr = input(uint(3));
    final UInt direct = output(uint(16));
    final UInt readFirst = output(uint(16));
    final UInt writeFirst = output(uint(16));
    final UInt latest = output(uint(16));

    Rams() {
      Mem<UInt> older = mem(uint(16), 6);
      older.readUnderWrite(ReadUnderWrite.READ_FIRST);
      older.init(0x1234, 0xbeef);
      Mem<UInt> newer = mem(uint(16), 6);
      newer.readUnderWrite(ReadUnderWrite.WRITE_FIRST);
      newer.init(1, 2, 3, 4, 5, 6);
      when(we, () -> {
        older.write(waddr, wdata, wmask);
        newer.write(waddr, wdata, wmask);
      });
      direct.assign(older.readAsync(raddr));
      readFirst.assign(older.readSync(raddr, ren));
      writeFirst.assign(newer.readSync(raddr, ren));
      latest.assign(newer.readSync(raddr));
    }
  }

  private static Emitted rams;

  @BeforeAll
  static void emit() {
    rams = Emitted.of(Rams::new);
  }

  @Test
  void declaresEachMemoryAsAnArrayOfWords() {
    rams.assertLines("Rams", """
        reg  [15:0] older [0:5];
        reg  [15:0] newer [0:5];
        """);
  }

  @Test
  void readsAsynchronouslyWithAContinuousAssignment() {
    rams.assertLines("Rams", "wire [15:0] older_rdata = older[raddr];");
  }

  @Test
  void writesEachLaneUnderItsMaskBit() {
    rams.assertLines("Rams", """
        always @(posedge clk) begin
          if (we) begin
            if (wmask[0]) older[waddr][7:0] <= wdata[7:0];
            if (wmask[1]) older[waddr][15:8] <= wdata[15:8];
          end
        end
        """);
  }

  @Test
  void readFirstRegistersTheStoredWordWhileEnabled() {
    rams.assertLines("Rams", """
        always @(posedge clk) begin
          if (ren) begin
            older_rdata_1 <= older[raddr];
          end
        end
        """);
  }

  /** Write-first forwards the written lanes into the read register, so it holds while disabled. */
  @Test
  void writeFirstForwardsTheWrittenLanes() {
    rams.assertLines("Rams", """
        always @(posedge clk) begin
          if (ren) begin
            newer_rdata <= newer[raddr];
            if (we) begin
              if (wmask[0] && waddr == raddr) newer_rdata[7:0] <= wdata[7:0];
              if (wmask[1] && waddr == raddr) newer_rdata[15:8] <= wdata[15:8];
            end
          end
        end
        """);
    rams.assertAcceptedByAll();
  }

  @Test
  void initialisesListedWordsAndZeroesTheRest() {
    rams.assertLines("Rams", """
        initial begin
          for (int i = 0; i < 6; i = i + 1) older[i] = 16'd0;
          older[0] = 16'd4660;
          older[1] = 16'd48879;
        end
        """);
    // Every word is listed: no zeroing loop.
    rams.assertLines("Rams", """
        initial begin
          newer[0] = 16'd1;
          newer[1] = 16'd2;
        """);
  }

  /** A read-only memory whose address input is named like the usual loop variable. */
  static final class Rom extends Component {
    final UInt i = input(uint(2));
    final UInt word = output(uint(8));

    Rom() {
      Mem<UInt> lookup = mem(uint(8), 4);
      lookup.init(7, 9);
      word.assign(lookup.readAsync(i));
    }
  }

  @Test
  void initLoopVariableDoesNotHideASignal() {
    Emitted v = Emitted.of(Rom::new);
    v.assertLines("Rom", "for (int i_1 = 0; i_1 < 4; i_1 = i_1 + 1) lookup[i_1] = 8'd0;");
    v.assertAcceptedByAll();
  }

  /** A memory nothing reads yet, as during bring-up: a warning the emitter silences, not an error. */
  static final class WriteOnly extends Component {
    final UInt addr = input(uint(2));
    final UInt data = input(uint(8));

    WriteOnly() {
      Mem<UInt> log = mem(uint(8), 4);
      log.write(addr, data);
    }
  }

  @Test
  void unreadMemoryIsAccepted() {
    Emitted.of(WriteOnly::new).assertAcceptedByAll();
  }
}
