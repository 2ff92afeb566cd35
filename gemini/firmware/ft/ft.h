/* The ft control software of the machine's firmware, as on the real machines: it answers the
   GE's request to stop for a blackout by saving the CPU's whole context to memory, restores it
   after the synchronous reset, and brings an isolated partner module back into lockstep through
   the Data Mover's brownout passes and blackout.

   A program calls ft_init() once and ft_poll() often (each call takes a few register reads); the
   recovery runs as a state machine across the calls, so the program goes on working meanwhile.
   The same image runs on one module alone and on the lockstepped pair. */
#ifndef FT_H
#define FT_H

#include <stdint.h>

/* When the brownout stops and the blackout starts, as Xen's live migration decides: once a pass
   ends with at most FT_DIRTY_THRESHOLD pages dirty, or after FT_MAX_PASSES passes. */
#define FT_DIRTY_THRESHOLD 2
#define FT_MAX_PASSES 8
/* Failed passes retried before the resynchronisation is given up (the partner goes offline). */
#define FT_MAX_RETRIES 2

/* Enables the interrupts the ft control software handles. */
void ft_init(void);

/* One step of the recovery of an isolated partner, if there is one. */
void ft_poll(void);

/* What the ft control software did, for a program's report. */
struct ft_counts {
  uint32_t resyncs;     /* partners brought back into lockstep */
  uint32_t passes;      /* brownout and blackout passes run */
  uint32_t retries;     /* failed passes retried */
  uint32_t given_up;    /* resynchronisations abandoned */
  uint32_t interrupts;  /* inbound interrupts taken (hot-plug events) */
};
extern struct ft_counts ft_counts;

/* How many times the GE has reported IO subsystem k removed, by its hot-plug interrupt: a driver
   that sees the count of its device's subsystem grow fails over to the other subsystem's. */
extern volatile uint32_t ft_io_removals[2];

#endif
