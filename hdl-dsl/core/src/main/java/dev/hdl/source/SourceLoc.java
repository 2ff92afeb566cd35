package dev.hdl.source;

/** Where in the user's Java source a piece of hardware was described. */
public record SourceLoc(String file, int line) {
  public static final SourceLoc UNKNOWN = new SourceLoc("<unknown>", 0);

  @Override
  public String toString() {
    return file + ":" + line;
  }
}
