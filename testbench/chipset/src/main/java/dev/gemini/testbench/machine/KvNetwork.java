package dev.gemini.testbench.machine;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The network in front of the key-value service, with its clients and a golden model of the
 * service. Clients keep up to {@code window} requests in flight, on distinct keys, so that their
 * order of execution cannot change an answer; each carries an id. A request goes to the first
 * interface that is up (the bond's active one, as the switch learns it); a request that has no
 * answer after {@code timeout} cycles is sent again. Every reply is checked against the golden
 * model: one that differs, or answers an id never asked, is wrong; requests still unanswered at
 * the end are lost. A second reply to an id asked twice is the service's cached answer and is
 * counted apart.
 *
 * <p>Frames, little-endian words: a request is {@code id, op, key, value}; a reply is
 * {@code id, status, value}. A get answers the key's value, a put the value it replaced; keys
 * start at 0; a key out of range answers status 1.
 */
public final class KvNetwork {
  public static final int OP_GET = 1;
  public static final int OP_PUT = 2;
  public static final int KEYS = 64;

  private record Request(int id, int op, int key, int value, int expected, long sentAt) {
    byte[] frame() {
      return ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putInt(id).putInt(op).putInt(key).putInt(value)
          .array();
    }
  }

  private final Random random;
  private final int window;
  private final long timeout;
  private int total;
  private final List<NicDevice> interfaces = new ArrayList<>();
  private final Map<Integer, Integer> golden = new HashMap<>();
  private final Map<Integer, Request> outstanding = new LinkedHashMap<>();
  private final Set<Integer> answeredIds = new HashSet<>();
  private final Set<Integer> busyKeys = new HashSet<>();
  private final List<String> problems = new ArrayList<>();
  private int nextId = 1;
  private long now;
  private int answered;
  private int retries;
  private int repeatedReplies;
  private long latencySum;
  private long lastAnswer;
  private long longestGap;

  /** {@code total} requests from {@code seed}. */
  public KvNetwork(long seed, int window, long timeout, int total) {
    this.random = new Random(seed);
    this.window = window;
    this.timeout = timeout;
    this.total = total;
  }

  /** The interfaces the network reaches, in the bond's order of preference. */
  public void attach(NicDevice nic) {
    interfaces.add(nic);
  }

  /** A frame one of the interfaces sent. */
  public void transmitted(byte[] frame) {
    ByteBuffer b = ByteBuffer.wrap(frame).order(ByteOrder.LITTLE_ENDIAN);
    if (frame.length != 12) {
      problems.add("cycle " + now + ": a reply of " + frame.length + " bytes");
      return;
    }
    int id = b.getInt();
    int status = b.getInt();
    int value = b.getInt();
    Request r = outstanding.remove(id);
    if (r == null) {
      if (answeredIds.contains(id)) {
        repeatedReplies++;
      } else {
        problems.add("cycle " + now + ": a reply to id " + id + ", which was never asked");
      }
      return;
    }
    busyKeys.remove(r.key());
    answeredIds.add(id);
    if (status != 0 || value != r.expected()) {
      problems.add("cycle " + now + ": id " + id + " (op " + r.op() + ", key " + r.key() + ") answered status "
          + status + " value " + value + "; expected " + r.expected());
      return;
    }
    if (answered == 0) {
      lastAnswer = now;
    }
    answered++;
    latencySum += now - r.sentAt();
    longestGap = Math.max(longestGap, now - lastAnswer);
    lastAnswer = now;
  }

  public void tick() {
    now++;
    for (Map.Entry<Integer, Request> e : outstanding.entrySet()) {
      Request r = e.getValue();
      if (now - r.sentAt() >= timeout) {
        retries++;
        Request again = new Request(r.id(), r.op(), r.key(), r.value(), r.expected(), now);
        e.setValue(again);
        deliver(again);
      }
    }
    // Clients start once the service has brought an interface up.
    if (outstanding.size() < window && nextId <= total && upInterface() != null) {
      int key = random.nextInt(KEYS);
      if (busyKeys.add(key)) {
        boolean put = random.nextBoolean();
        int value = random.nextInt();
        int current = golden.getOrDefault(key, 0);
        if (put) {
          golden.put(key, value);
        }
        Request r = new Request(nextId++, put ? OP_PUT : OP_GET, key, value, current, now);
        outstanding.put(r.id(), r);
        deliver(r);
      }
    }
  }

  private void deliver(Request r) {
    NicDevice nic = upInterface();
    if (nic != null) {
      nic.receive(r.frame());
    }
  }

  /** The first interface that is up, the bond's active one; null when none is. */
  private NicDevice upInterface() {
    for (NicDevice nic : interfaces) {
      if (nic.up()) {
        return nic;
      }
    }
    return null;
  }

  /** Clients ask nothing new from now on; what is in flight still waits for its answer. */
  public void finish() {
    total = nextId - 1;
  }

  /** The longest time without a right answer, in cycles, from the first one on. */
  public long longestGap() {
    return longestGap;
  }

  /** Every request was asked and answered, rightly or not. */
  public boolean done() {
    return nextId > total && outstanding.isEmpty();
  }

  public int answered() {
    return answered;
  }

  /** Requests asked and not answered (yet). */
  public int unanswered() {
    return outstanding.size();
  }

  /** Wrong and unasked-for replies, each described. */
  public List<String> problems() {
    return List.copyOf(problems);
  }

  public int retries() {
    return retries;
  }

  public int repeatedReplies() {
    return repeatedReplies;
  }

  /** Mean cycles from a request's last sending to its answer. */
  public double meanLatency() {
    return answered == 0 ? 0 : (double) latencySum / answered;
  }
}
