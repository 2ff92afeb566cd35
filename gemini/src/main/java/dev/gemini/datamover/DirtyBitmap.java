package dev.gemini.datamover;

import static dev.hdl.Hdl.*;

import dev.gemini.common.BitScan;
import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.UInt;
import dev.hdl.Vec;
import java.util.ArrayList;
import java.util.List;

/**
 * One dirty bit per page, kept in words of at most 64 bits so that every operation stays narrow.
 * A mark and a clear of the same page on one cycle leave it marked; that costs at most a page
 * copied twice (the copy reads the page from the next cycle on, so it has the write anyway). The scan finds the lowest dirty page at or after {@code from} in one
 * cycle: first the word, then the bit.
 */
public final class DirtyBitmap extends Component {
  /** Marks for pages whose copy failed, besides the write snoop. */
  public static final int RETRY_PORTS = 3;
  private static final int WORD_BITS = 64;

  /** A write to the memory: marks its page. */
  public final Bool markValid = input(bool());
  public final UInt markPage;
  /** The marked page was clean before this mark (or was being cleared on this cycle). */
  public final Bool markFresh = output(bool());
  /** Pages to copy again after an error. */
  public final Vec<Bool> retryValid = input(vec(RETRY_PORTS, bool()));
  public final Vec<UInt> retryPage;
  public final Bool clearValid = input(bool());
  public final UInt clearPage;
  /** Marks every page; takes precedence over a clear. */
  public final Bool setAll = input(bool());
  /** Where the scan starts; the page count itself (one past the last page) finds nothing. */
  public final UInt from;
  public final Bool found = output(bool());
  public final UInt foundPage;
  public final UInt dirtyPages;
  private final int pageBits;

  public DirtyBitmap(int pageBits) {
    if (pageBits < 1 || pageBits > 12) {
      throw new IllegalArgumentException("page-number bits must be 1 to 12, not " + pageBits);
    }
    this.pageBits = pageBits;
    int pages = 1 << pageBits;
    int wordBits = Math.min(pages, WORD_BITS);
    int bitBits = Integer.numberOfTrailingZeros(wordBits);
    int words = pages / wordBits;
    markPage = input(uint(pageBits));
    retryPage = input(vec(RETRY_PORTS, uint(pageBits)));
    clearPage = input(uint(pageBits));
    from = input(uint(pageBits + 1));
    foundPage = output(uint(pageBits));
    dirtyPages = output(uint(pageBits + 1));

    List<UInt> bitmap = new ArrayList<>();
    for (int w = 0; w < words; w++) {
      bitmap.add(reg(uint(wordBits), 0));
    }

    // Each word's next value: cleared bit, then every mark on top.
    for (int w = 0; w < words; w++) {
      UInt current = bitmap.get(w);
      UInt cleared = current.and(onehot(clearValid, clearPage, w, wordBits, bitBits).not());
      UInt marked = cleared.or(onehot(markValid, markPage, w, wordBits, bitBits));
      for (int r = 0; r < RETRY_PORTS; r++) {
        marked = marked.or(onehot(retryValid.get(r), retryPage.get(r), w, wordBits, bitBits));
      }
      current.assign(mux(setAll, lit(0, wordBits).not(), marked));
    }

    Bool markedBit = wordAt(bitmap, markPage, bitBits).bit(markPage.slice(bitBits - 1, 0));
    markFresh.assign(markedBit.not().or(clearValid.and(clearPage.eq(markPage))));

    // Scan: mask off the pages below `from`, pick the lowest word with a dirty page, then its lowest bit.
    UInt fromBit = from.slice(bitBits - 1, 0);
    UInt fromWord = from.slice(pageBits, bitBits);
    UInt ones = lit(0, wordBits).not();
    List<UInt> candidates = new ArrayList<>();
    for (int w = 0; w < words; w++) {
      UInt masked = bitmap.get(w).and(ones.shiftLeft(fromBit));
      // Word 0 is never wholly after the start.
      UInt whole = w == 0 ? lit(0, wordBits) : mux(fromWord.lt(w), bitmap.get(w), lit(0, wordBits));
      candidates.add(mux(fromWord.eq(w), masked, whole));
    }
    if (words == 1) {
      BitScan.Lowest bit = BitScan.lowest(candidates.get(0));
      found.assign(bit.any());
      foundPage.assign(bit.index());
    } else {
      UInt nonEmpty = lit(0, words);
      for (int w = 0; w < words; w++) {
        nonEmpty = nonEmpty.or(candidates.get(w).orReduce().asUInt().extend(words).shiftLeft(w));
      }
      BitScan.Lowest word = BitScan.lowest(nonEmpty);
      BitScan.Lowest bit = BitScan.lowest(wordAt(candidates, word.index(), 0));
      found.assign(word.any());
      foundPage.assign(cat(word.index(), bit.index()));
    }

    UInt total = lit(0, pageBits + 1);
    for (UInt word : bitmap) {
      total = total.add(BitScan.count(word, pageBits + 1));
    }
    dirtyPages.assign(total);
  }

  /** The word holding {@code page} (or, with {@code bitBits} 0, the word numbered {@code page}). */
  private static UInt wordAt(List<UInt> words, UInt page, int bitBits) {
    if (words.size() == 1) {
      return words.get(0);
    }
    UInt index = page.slice(page.width() - 1, bitBits);
    UInt chosen = words.get(words.size() - 1);
    for (int w = words.size() - 2; w >= 0; w--) {
      chosen = mux(index.eq(w), words.get(w), chosen);
    }
    return chosen;
  }

  /** The bit of {@code page} within word {@code word}, when {@code valid} and the page is in that word. */
  private static UInt onehot(Bool valid, UInt page, int word, int wordBits, int bitBits) {
    Bool inWord = page.width() == bitBits ? valid : valid.and(page.slice(page.width() - 1, bitBits).eq(word));
    UInt bit = lit(1, wordBits).shiftLeft(page.slice(bitBits - 1, 0));
    return mux(inWord, bit, lit(0, wordBits));
  }

  @Override
  public String moduleName() {
    return "DirtyBitmap_p" + pageBits;
  }
}
