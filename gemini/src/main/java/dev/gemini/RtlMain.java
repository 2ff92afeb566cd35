package dev.gemini;

import dev.gemini.lockstep.TransactionComparator;
import dev.hdl.Elaboration;
import dev.hdl.HdlException;
import dev.hdl.verilog.VerilogOutput;
import java.nio.file.Path;

/** Writes the chipset's Verilog: {@code java dev.gemini.RtlMain <directory>}. */
public final class RtlMain {
  private RtlMain() {}

  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: RtlMain <output directory>");
      System.exit(2);
    }
    try {
      VerilogOutput.of(Elaboration.elaborate(TransactionComparator::new)).writeTo(Path.of(args[0]));
    } catch (HdlException e) {
      System.err.println("error: " + e.getMessage());
      System.exit(1);
    }
  }
}
