package dev.hdl;

import dev.hdl.ir.ModuleDef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An external Verilog module, instantiated by name. Subclasses declare its ports with {@link
 * Hdl#input} and {@link Hdl#output}, named exactly as in the Verilog, and describe nothing else.
 */
public abstract class BlackBox extends Component {
  private final String verilogName;
  private final String verilogFile;
  private final Map<String, String> parameters = new LinkedHashMap<>();

  /**
   * @param verilogName the module's name in its Verilog file
   * @param verilogFile the path of that file, listed as it is in the generated file list (where a
   *     tool reading the list resolves a relative path from the directory it runs in); the Verilator
   *     back end reads it from disk, resolving a relative path against the JVM's working directory
   */
  protected BlackBox(String verilogName, String verilogFile) {
    this.verilogName = verilogName;
    this.verilogFile = verilogFile;
  }

  /** Sets a Verilog parameter on every instance, e.g. {@code parameter("DEPTH", "16")}. */
  protected final void parameter(String name, String value) {
    parameters.put(name, value);
  }

  @Override
  public final String moduleName() {
    return verilogName;
  }

  ModuleDef.BlackBoxInfo info() {
    List<ModuleDef.Parameter> set = parameters.entrySet().stream()
        .map(e -> new ModuleDef.Parameter(e.getKey(), e.getValue())).toList();
    return new ModuleDef.BlackBoxInfo(set, verilogFile);
  }
}
