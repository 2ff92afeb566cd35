package dev.gemini;

import dev.gemini.registers.RegisterMap;
import dev.hdl.Elaboration;
import dev.hdl.source.HdlException;
import dev.hdl.verilog.VerilogOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the chipset's Verilog, the GeminiEngine top and its blocks, and the register-map
 * document generated from the same description as the register block:
 * {@code java dev.gemini.RtlMain <directory>}.
 */
public final class RtlMain {
  private RtlMain() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: RtlMain <output directory>");
      System.exit(2);
    }
    try {
      Path out = Path.of(args[0]);
      VerilogOutput.of(Elaboration.elaborate(GeminiEngine::new)).writeTo(out);
      Files.writeString(out.resolve("GeminiEngine_registers.md"), RegisterMap.toMarkdown());
    } catch (HdlException e) {
      System.err.println("error: " + e.getMessage());
      System.exit(1);
    }
  }
}
