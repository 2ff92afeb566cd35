package dev.hdl.lib;

import static dev.hdl.Hdl.*;

import dev.hdl.Component;
import dev.hdl.UInt;
import java.math.BigInteger;

/**
 * Grants one of {@code n} requesters a cycle, in turn: {@code grant} is one-hot (bit i for
 * requester i, who requests with bit i of {@code request}), or 0 when nobody requests. After a grant
 * to requester i, the next goes to the first requester after i, counting round from n − 1 to 0,
 * so every requester that keeps requesting is granted within n grants. Requester 0 comes first
 * after reset.
 */
public final class RoundRobinArbiter extends Component {
  public final UInt request;
  public final UInt grant;
  private final int n;

  /** An arbiter between {@code n} requesters (at least 1). */
  public RoundRobinArbiter(int n) {
    Caller.require(n >= 1, "an arbiter has at least 1 requester, not " + n + ".");
    this.n = n;
    request = input(uint(n));
    grant = output(uint(n));

    UInt previous = reg(uint(n), BigInteger.ONE.shiftLeft(n - 1)); // the last grant, one-hot
    // Bits above the previous grant's: below it, (previous << 1) - 1 is all ones.
    UInt after = previous.shiftLeft(1).sub(1).not();
    UInt waiting = request.and(after);
    UInt candidates = mux(waiting.orReduce(), waiting, request);
    UInt granted = candidates.and(candidates.not().add(1)); // x & -x: the lowest set bit
    grant.assign(granted);
    when(request.orReduce(), () -> previous.assign(granted));
  }

  @Override
  public String moduleName() {
    return "RoundRobinArbiter_" + n;
  }
}
