package dev.hdl;

import java.util.Set;

/** Verilog and SystemVerilog reserved words, which a Java name may be but a Verilog name may not. */
final class Keywords {
  private static final Set<String> RESERVED = Set.of(
      "alias", "always", "always_comb", "always_ff", "always_latch", "and", "assert", "assign", "assume",
      "automatic", "begin", "bit", "buf", "byte", "case", "casex", "casez", "cell", "chandle", "class",
      "clocking", "cmos", "config", "const", "constraint", "context", "continue", "cover", "covergroup",
      "deassign", "default", "defparam", "design", "disable", "do", "edge", "else", "end", "endcase",
      "endfunction", "endgenerate", "endmodule", "endtask", "enum", "event", "export", "extends", "extern",
      "final", "for", "force", "forever", "fork", "function", "generate", "genvar", "highz0", "highz1", "if",
      "iff", "ifnone", "import", "incdir", "include", "initial", "inout", "input", "instance", "int", "integer",
      "interface", "join", "large", "liblist", "library", "localparam", "logic", "longint", "macromodule",
      "medium", "module", "nand", "negedge", "new", "nmos", "nor", "not", "notif0", "notif1", "null", "or",
      "output", "package", "packed", "parameter", "pmos", "posedge", "primitive", "priority", "program",
      "property", "protected", "pull0", "pull1", "pulldown", "pullup", "rand", "randc", "rcmos", "real",
      "realtime", "ref", "reg", "release", "repeat", "return", "rnmos", "rpmos", "rtran", "rtranif0",
      "rtranif1", "scalared", "sequence", "shortint", "shortreal", "signed", "small", "specify",
      "specparam", "static", "string", "strong0", "strong1", "struct", "super", "supply0", "supply1",
      "table", "task", "this", "time", "tran", "tranif0", "tranif1", "tri", "tri0", "tri1", "triand",
      "trior", "trireg", "type", "typedef", "union", "unique", "unsigned", "use", "var", "vectored",
      "virtual", "void", "wait", "wand", "weak0", "weak1", "while", "wire", "wor", "xnor", "xor");

  private Keywords() {}

  static boolean isReserved(String name) {
    return RESERVED.contains(name);
  }
}
