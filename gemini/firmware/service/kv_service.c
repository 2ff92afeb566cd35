/* The machine's service: a key-value store that answers requests from the network, exactly once
   each, through two network interfaces bonded active-backup. The same image runs on one module
   alone and on the lockstepped pair; the ft control software runs between requests.

   Requests and replies are the frames of KvNetwork (testbench): a request is id, op, key, value; a
   reply is id, status, value. A get answers the key's value, a put the value it replaced. A
   request whose id was answered before (the network sent it again) gets the same answer again,
   from a cache of the last CACHED replies, and changes nothing. */
#include "ft.h"
#include "nic.h"
#include "runtime.h"

#define KEYS 64
#define CACHED 64
#define OP_GET 1
#define OP_PUT 2

struct reply {
  uint32_t id;
  uint32_t status;
  uint32_t value;
};

static uint32_t store[KEYS];
static struct reply cache[CACHED];
static struct nic_ring ring;
static uint32_t consumed;
static int active;
/* The removals of each IO subsystem that the bond has acted on. */
static uint32_t handled[2];

/* Starts interface n on the ring, from an empty ring. */
static void open_interface(int n) {
  ring.produced = 0;
  consumed = 0;
  nic_open(n, &ring);
  active = n;
}

static void answer(const uint32_t *request) {
  uint32_t id = request[0];
  struct reply *r = &cache[id % CACHED];
  if (r->id != id) {
    uint32_t op = request[1];
    uint32_t key = request[2];
    r->id = id;
    r->status = key < KEYS && (op == OP_GET || op == OP_PUT) ? 0 : 1;
    r->value = 0;
    if (r->status == 0) {
      r->value = store[key];
      if (op == OP_PUT) {
        store[key] = request[3];
      }
    }
  }
  nic_send(active, (const uint32_t *) r, sizeof *r);
}

int main(void) {
  ft_init();
  open_interface(0);
  for (;;) {
    uint32_t produced = (uint32_t) ring.produced;
    while (consumed != produced) {
      const uint32_t *frame = (const uint32_t *) ring.slot[consumed % NIC_SLOTS];
      if (frame[0] == 16) {
        answer(frame + 1);
      }
      consumed++;
      nic_consumed(active, consumed);
    }
    if (ft_io_removals[active] != handled[active]) {
      // Failover: what the ring held is served above; the other interface takes over.
      handled[active] = ft_io_removals[active];
      open_interface(1 - active);
    }
    ft_poll();
  }
}
