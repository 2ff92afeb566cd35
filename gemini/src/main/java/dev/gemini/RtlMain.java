package dev.gemini;

import dev.gemini.cpu.Rv32Cpu;
import dev.gemini.module.CpuIoModule;
import dev.gemini.registers.RegisterMap;
import dev.hdl.Elaboration;
import dev.hdl.source.HdlException;
import dev.hdl.verilog.VerilogOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the chipset's Verilog: the GeminiEngine top and its blocks, the module's CPU
 * ({@link Rv32Cpu}) and the whole CPU/IO module ({@link CpuIoModule}), with one file list; and
 * the register-map document and the firmware's C header, generated from the same description as
 * the register block: {@code java dev.gemini.RtlMain <directory>}.
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
      VerilogOutput.of(List.of(Elaboration.elaborate(GeminiEngine::new), Elaboration.elaborate(Rv32Cpu::new),
          Elaboration.elaborate(CpuIoModule::new)))
          .writeTo(out);
      Files.writeString(out.resolve("GeminiEngine_registers.md"), RegisterMap.toMarkdown());
      Files.writeString(out.resolve("GeminiEngine_registers.h"), RegisterMap.toCHeader());
    } catch (HdlException e) {
      System.err.println("error: " + e.getMessage());
      System.exit(1);
    }
  }
}
