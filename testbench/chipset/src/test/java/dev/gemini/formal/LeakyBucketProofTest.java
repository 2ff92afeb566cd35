package dev.gemini.formal;

import static dev.hdl.Hdl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gemini.isolation.LeakyBucket;
import dev.hdl.Bool;
import dev.hdl.Component;
import dev.hdl.Elaboration;
import dev.hdl.UInt;
import dev.hdl.formal.Formal;
import dev.hdl.formal.Proof;
import org.junit.jupiter.api.Test;

/** The leaky bucket fills by one per error, leaks by one at most, saturates, and empties on clear. */
class LeakyBucketProofTest {
  /** A bucket on free inputs, with the last cycle's level and inputs beside it. */
  static final class Steps extends Component {
    final Bool hit = input(bool());
    final Bool clear = input(bool());
    final UInt capacity = input(uint(LeakyBucket.LEVEL_BITS));
    final UInt period = input(uint(32));

    Steps() {
      LeakyBucket bucket = bucketOn(hit, clear, capacity, period);
      UInt level = bucket.level;

      Bool started = reg(bool(), false);
      started.assign(true);
      UInt before = regNext(level);
      Bool hitBefore = regNext(hit);
      Bool clearBefore = regNext(clear);
      Bool full = before.eq(255);
      Bool empty = before.eq(0);
      Bool same = level.eq(before);
      Bool upOne = full.not().and(level.eq(before.add(1)));
      Bool downOne = empty.not().and(level.eq(before.sub(1)));

      when(started, () -> {
        when(clearBefore, () -> assertThat(level.eq(0), "a clear empties the bucket"))
            .otherwise(() -> {
              assertThat(same.or(upOne).or(downOne), "the level moves by one at most");
              when(hitBefore, () -> assertThat(same.or(upOne), "an error never lowers the level"))
                  .otherwise(() -> assertThat(same.or(downOne), "without an error the level never rises"));
              when(full.and(hitBefore), () -> assertThat(level.ne(0), "a full bucket saturates"));
              when(empty.and(hitBefore.not()), () -> assertThat(level.eq(0), "an empty bucket stays empty"));
            });
        assertThat(bucket.nearlyFull.eq(level.addExpand(lit(1, 8)).ge(capacity.extend(9))),
            "nearly full means one more error reaches the capacity");
      });
    }
  }

  /** Two leaks the level shows are at least a period apart, with the period held. */
  static final class LeakRate extends Component {
    final Bool hit = input(bool());
    final Bool clear = input(bool());
    final UInt capacity = input(uint(LeakyBucket.LEVEL_BITS));
    final UInt period = input(uint(32));

    LeakRate() {
      LeakyBucket bucket = bucketOn(hit, clear, capacity, period);

      Bool started = reg(bool(), false);
      started.assign(true);
      UInt periodBefore = regNext(period);
      assume(started.not().or(period.eq(periodBefore)), "the period is held");
      Bool dropped = started.and(regNext(clear).not()).and(bucket.level.lt(regNext(bucket.level)));
      UInt sinceDrop = reg(uint(32), 0);
      Bool hadDrop = reg(bool(), false);
      when(dropped, () -> {
        hadDrop.assign(true);
        sinceDrop.assign(0);
      }).elseWhen(sinceDrop.ne(0xFFFF_FFFFL), () -> sinceDrop.assign(sinceDrop.add(1)));
      when(dropped.and(hadDrop), () -> assertThat(sinceDrop.addExpand(lit(1, 32)).ge(period.extend(33)),
          "leaks are at least a period apart"));
      cover(dropped.and(hadDrop), "the bucket leaks twice");
    }
  }

  /**
   * To a bound only: the bucket's count toward a leak is 32 bits that no output shows. Within the
   * bound the bucket fills and leaks twice for the short periods.
   */
  @Test
  void leaksAtMostOncePerPeriod() {
    Proof proof = Figures.report("leaky_bucket_leak_rate", Formal.bmc(Elaboration.elaborate(LeakRate::new), 20));
    assertEquals(20, proof.depth());
    Formal.cover(Elaboration.elaborate(LeakRate::new), 20);
  }

  @Test
  void fillsAndLeaksByOneAndEmptiesOnClear() {
    Proof proof = Figures.report("leaky_bucket_steps", Formal.prove(Elaboration.elaborate(Steps::new), 2));
    assertTrue(proof.proved(), proof::toString);
  }

  /** A bucket driven by the given inputs. */
  private static LeakyBucket bucketOn(Bool hit, Bool clear, UInt capacity, UInt period) {
    LeakyBucket bucket = instance(LeakyBucket::new);
    bucket.hit.assign(hit);
    bucket.clear.assign(clear);
    bucket.capacity.assign(capacity);
    bucket.period.assign(period);
    return bucket;
  }
}
