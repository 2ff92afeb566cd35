/* A workload for the machine: rounds of read-modify-write updates spread over six pages of a
   table, with a running sum printed every 16 rounds, and the ft control software polled between
   rounds. Its console is the same whatever happens to the modules underneath. */
#include "ft.h"
#include "runtime.h"

#define WORDS 6144 /* 24 KiB: six of the memory's sixteen 4 KiB pages */
#ifndef ROUNDS
#define ROUNDS 160
#endif

static uint32_t table[WORDS];

int main(void) {
  ft_init();
  uint32_t x = 2463534242u;
  uint32_t sum = 0;
  for (int round = 1; round <= ROUNDS; round++) {
    for (int i = 0; i < 64; i++) {
      x ^= x << 13;
      x ^= x >> 17;
      x ^= x << 5;
      uint32_t k = x % WORDS;
      table[k] += x;
      sum += table[k];
    }
    if (round % 16 == 0) {
      console_printf("round %d sum %08x\n", round, sum);
    }
    ft_poll();
  }
  return 0;
}
