package dev.hdl;

import dev.hdl.ir.Memory;
import dev.hdl.ir.Node;
import dev.hdl.ir.Stmt;
import dev.hdl.naming.CallSite;
import dev.hdl.source.HdlException;
import dev.hdl.source.SourceLoc;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A memory of {@code depth} words. Reads are asynchronous or registered; writes happen on the
 * clock of the domain the memory was made in (made in the default domain, it takes that domain's
 * clock at its first write), under the enclosing {@code when}s.
 */
public final class Mem<S extends Signal<S>> {
  private final ModuleBuilder owner;
  private final int index;
  private final S word;

  Mem(ModuleBuilder owner, int index, S word) {
    this.owner = owner;
    this.index = index;
    this.word = word;
  }

  void nameIfUnnamed(ModuleBuilder b, String name, String javaPath) {
    if (b == owner && draft().name == null) {
      draft().name = name;
      draft().javaPath = javaPath;
    }
  }

  private ModuleBuilder.MemDraft draft() {
    return owner.memories.get(index);
  }

  public int depth() {
    return draft().depth;
  }

  /** The word at {@code addr}, combinationally. */
  public S readAsync(UInt addr) {
    return read(addr, null, -1);
  }

  /** The word at {@code addr}, registered: it appears one clock later. */
  public S readSync(UInt addr) {
    return read(addr, null, here().currentDomain());
  }

  /** As {@link #readSync(UInt)}, holding the last word while {@code enable} is low. */
  public S readSync(UInt addr, Bool enable) {
    return read(addr, enable, here().currentDomain());
  }

  private S read(UInt addr, Bool enable, int domain) {
    ModuleBuilder b = here();
    checkAddress(addr);
    CallSite site = CallSite.capture();
    int address = b.read(addr);
    int enabled = enable == null ? -1 : b.read(enable);
    ModuleBuilder.Binding bound = b.bindName(site.hint());
    int id = b.addNode(new Node.MemRead(b.nodes.size(), bound.name(), bound.javaPath(), word.width, word.signed(),
        word.enumType(), index, domain, address, enabled, site.loc()));
    return word.make(b, id, word.width);
  }

  /** Writes {@code data} at {@code addr} on the next clock edge. */
  public void write(UInt addr, S data) {
    writeMasked(addr, data, null);
  }

  /** Writes the lanes of {@code data} whose bit in {@code mask} is set; the word splits into mask-width lanes. */
  public void write(UInt addr, S data, UInt mask) {
    writeMasked(addr, data, mask);
  }

  private void writeMasked(UInt addr, S data, UInt mask) {
    ModuleBuilder b = here();
    SourceLoc at = CallSite.location();
    checkAddress(addr);
    if (data.width != word.width) {
      throw new HdlException(at, "width mismatch: " + Signal.describe(data) + " is written to memory '"
          + draft().name + "' of " + word.width + "-bit words.");
    }
    if (draft().domain < 0) {
      draft().domain = b.currentDomain(); // the default domain's clock is made by the first write
    }
    if (b.currentDomain() != draft().domain) {
      throw new HdlException(at, "memory '" + draft().name + "' (" + draft().loc + ") is written in clock domain "
          + b.domains.get(b.currentDomain()).name() + " but belongs to " + b.domains.get(draft().domain).name() + ".");
    }
    int maskNode = -1;
    if (mask != null) {
      int lanes = mask.width;
      if (word.width % lanes != 0 || (draft().lanes != 1 && draft().lanes != lanes)) {
        throw new HdlException(at, "a " + lanes + "-bit write mask does not split the " + word.width
            + "-bit words of memory '" + draft().name + "' into equal lanes"
            + (draft().lanes != 1 ? " (earlier writes used " + draft().lanes + " lanes)" : "") + ".");
      }
      draft().lanes = lanes;
      maskNode = b.read(mask);
    }
    b.add(new Stmt.MemWrite(index, b.read(addr), b.read(data), maskNode, at));
  }

  /** Initial contents from word 0 on; the rest of the memory starts at zero. */
  public Mem<S> init(long... words) {
    List<BigInteger> values = new ArrayList<>();
    for (long w : words) {
      values.add(BigInteger.valueOf(w));
    }
    return init(values);
  }

  public Mem<S> init(List<BigInteger> words) {
    SourceLoc at = CallSite.location();
    if (words.size() > draft().depth) {
      throw new HdlException(at, words.size() + " initial words do not fit in memory '" + draft().name
          + "' of depth " + draft().depth + ".");
    }
    for (int i = 0; i < words.size(); i++) {
      if (!Signal.fits(words.get(i), word.width, word.signed())) {
        throw new HdlException(at, "initial word " + i + " of memory '" + draft().name + "' (" + words.get(i)
            + ") does not fit in " + word.typeName() + ".");
      }
    }
    draft().init = List.copyOf(words);
    return this;
  }

  /** What a registered read returns when the same clock edge writes the same address. */
  public Mem<S> readUnderWrite(Memory.ReadUnderWrite policy) {
    draft().readUnderWrite = policy;
    return this;
  }

  private void checkAddress(UInt addr) {
    int bits = Math.max(1, 32 - Integer.numberOfLeadingZeros(draft().depth - 1));
    if (addr.width != bits) {
      throw new HdlException(CallSite.location(), "memory '" + draft().name + "' of depth " + draft().depth
          + " takes a " + bits + "-bit address, but " + Signal.describe(addr) + " is " + addr.width
          + " bits; resize it.");
    }
  }

  private ModuleBuilder here() {
    ModuleBuilder b = Elaboration.builder();
    if (b != owner) {
      throw new HdlException(CallSite.location(), "memory '" + draft().name + "' belongs to " + owner.className()
          + "; it can only be read and written there.");
    }
    return b;
  }
}
