package dev.gemini.formal;

import static dev.hdl.Hdl.*;
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
      LeakyBucket bucket = instance(LeakyBucket::new);
      bucket.hit.assign(hit);
      bucket.clear.assign(clear);
      bucket.capacity.assign(capacity);
      bucket.period.assign(period);
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

  @Test
  void fillsAndLeaksByOneAndEmptiesOnClear() {
    Proof proof = Figures.report("leaky_bucket_steps", Formal.prove(Elaboration.elaborate(Steps::new), 2));
    assertTrue(proof.proved(), proof::toString);
  }
}
