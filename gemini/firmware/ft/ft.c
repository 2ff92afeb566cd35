#include "ft.h"

#include "GeminiEngine_registers.h"
#include "module.h"
#include "runtime.h"

#define GE(offset) (*(volatile uint32_t *) (GE_BASE + (offset)))
#define BRIDGE(offset) (*(volatile uint32_t *) (BRIDGE_BASE + (offset)))
#define FIELD(value, reg_field) (((value) & reg_field##_MASK) >> reg_field##_SHIFT)

/* Filled by a blackout, read by platform_start (ft_trap.S) after the GE's warm reset. */
uint32_t ft_context[FT_CONTEXT_WORDS];
struct ft_counts ft_counts;
volatile uint32_t ft_io_removals[2];

/* Reports an unexpected trap as the runtime's start-up does: (0x800 + mcause), never returns. */
void report_trap(uint32_t cause);
/* Waits for the blackout's reset, retrying a failed final copy (ft_trap.S); returns only if the
   GE abandons the blackout. */
void ft_blackout_wait(void);

#define READ_CSR(name, into) __asm__ volatile("csrr %0, " #name : "=r"(into))

/* The GE asks this CPU to stop: save what the trap frame does not hold, tell the GE the context is
   in memory, and wait for the reset that ends the blackout (which restarts the CPU; only an
   abandoned blackout returns here). */
static void blackout(uint32_t *frame) {
  ft_context[FT_CONTEXT_FRAME / 4] = (uint32_t) frame;
  READ_CSR(mepc, ft_context[FT_CONTEXT_MEPC / 4]);
  READ_CSR(mstatus, ft_context[FT_CONTEXT_MSTATUS / 4]);
  READ_CSR(mie, ft_context[FT_CONTEXT_MIE / 4]);
  READ_CSR(mscratch, ft_context[FT_CONTEXT_MSCRATCH / 4]);
  READ_CSR(mcycle, ft_context[FT_CONTEXT_MCYCLE / 4]);
  READ_CSR(mcycleh, ft_context[FT_CONTEXT_MCYCLEH / 4]);
  READ_CSR(minstret, ft_context[FT_CONTEXT_MINSTRET / 4]);
  READ_CSR(minstreth, ft_context[FT_CONTEXT_MINSTRETH / 4]);
  ft_context[FT_CONTEXT_MAGIC / 4] = FT_MAGIC;
  // Every word of the context is in memory before the GE hears it is: its last copy follows.
  __asm__ volatile("fence w, o" : : : "memory");
  BRIDGE(BRIDGE_QUIESCE) = 1;
  ft_blackout_wait();
  // The blackout was abandoned (the partner is gone): go on from the trap, alone.
  BRIDGE(BRIDGE_QUIESCE) = 0;
  ft_context[FT_CONTEXT_MAGIC / 4] = 0;
}

void ft_trap(uint32_t *frame) {
  uint32_t cause;
  READ_CSR(mcause, cause);
  if (cause != CAUSE_EXTERNAL_INTERRUPT) {
    report_trap(cause);
  }
  if (BRIDGE(BRIDGE_STATUS) & 1u << BRIDGE_STATUS_STOP) {
    blackout(frame);
  }
  while (BRIDGE(BRIDGE_IRQ_COUNT) != 0) {
    uint32_t event = BRIDGE(BRIDGE_IRQ_POP);
    ft_counts.interrupts++;
    if ((event & 0xFF) == HOTPLUG_VECTOR && (event >> 16 & HOTPLUG_LINK_DOWN)) {
      ft_io_removals[event >> 8 & 1]++;
    }
  }
}

void ft_init(void) {
  uint32_t meie = 1u << 11;
  uint32_t mie_bit = 1u << 3;
  __asm__ volatile("csrs mie, %0" : : "r"(meie));
  __asm__ volatile("csrs mstatus, %0" : : "r"(mie_bit));
}

/* The recovery of a partner module, one step per ft_poll. */
enum phase { IDLE, PASS, BLACKOUT };
static struct {
  enum phase phase;
  uint32_t passes_before;
  uint32_t good_passes;
  uint32_t retries;
} recovery;

static void command(uint32_t op, uint32_t subsystem) {
  GE(GE_COMMAND) = op << GE_COMMAND_OP_SHIFT | subsystem << GE_COMMAND_SUBSYSTEM_SHIFT;
}

static void mover(uint32_t op) {
  recovery.passes_before = GE(GE_DM_PASSES);
  GE(GE_DM_COMMAND) = op << GE_DM_COMMAND_OP_SHIFT;
}

/* What the survivor can check of its isolated partner: its heartbeat arrives, and its error bucket
   has room, so that an error-prone module is not brought back. */
static int partner_healthy(uint32_t partner) {
  uint32_t levels = GE(GE_ERROR_LEVEL);
  uint32_t level = partner == GE_CPU0 ? FIELD(levels, GE_ERROR_LEVEL_CPU0) : FIELD(levels, GE_ERROR_LEVEL_CPU1);
  return FIELD(GE(GE_STATUS), GE_STATUS_LINK_UP) && level < FIELD(GE(GE_ERROR_CAPACITY), GE_ERROR_CAPACITY_CAPACITY);
}

static void give_up(uint32_t partner) {
  ft_counts.given_up++;
  command(GE_CMD_DIAG_FAIL, partner);
  recovery.phase = IDLE;
}

/* A pass of the brownout has ended: retry it, run another, or stop the CPUs for the blackout. */
static void pass_ended(uint32_t partner) {
  uint32_t status = GE(GE_DM_STATUS);
  ft_counts.passes++;
  if (FIELD(status, GE_DM_STATUS_FAILED)) {
    if (++recovery.retries > FT_MAX_RETRIES) {
      give_up(partner);
    } else {
      ft_counts.retries++;
      mover(GE_DM_CMD_COPY_DIRTY);
    }
  } else if (++recovery.good_passes >= FT_MAX_PASSES || GE(GE_DM_DIRTY_PAGES) <= FT_DIRTY_THRESHOLD) {
    recovery.phase = BLACKOUT;
    mover(GE_DM_CMD_BLACKOUT);
  } else {
    mover(GE_DM_CMD_COPY_DIRTY);
  }
}

/* In the blackout this CPU stops and comes back at its end (a failed final copy is retried while
   it waits, in ft_blackout_wait); what is left to see here is a blackout the mover refused. */
static void blackout_step(uint32_t partner) {
  uint32_t status = GE(GE_DM_STATUS);
  if (FIELD(status, GE_DM_STATUS_PHASE) == GE_DM_PHASE_IDLE && FIELD(status, GE_DM_STATUS_REFUSED)) {
    give_up(partner);
  }
}

/* An isolated IO subsystem cannot be reached to be tested; it comes back while its error bucket has
   room, and the bond may use its device again once it has been reopened. A device that fails
   again is isolated again, and taken offline once its bucket is full. */
static void recover_io(uint32_t states) {
  uint32_t io[2] = {FIELD(states, GE_SUBSYSTEM_STATE_IO0), FIELD(states, GE_SUBSYSTEM_STATE_IO1)};
  for (uint32_t k = 0; k < 2; k++) {
    if (io[k] == GE_STATE_DIAGNOSING) {
      uint32_t levels = GE(GE_ERROR_LEVEL);
      uint32_t level = k == 0 ? FIELD(levels, GE_ERROR_LEVEL_IO0) : FIELD(levels, GE_ERROR_LEVEL_IO1);
      int room = level < FIELD(GE(GE_ERROR_CAPACITY), GE_ERROR_CAPACITY_CAPACITY);
      command(room ? GE_CMD_DIAG_PASS : GE_CMD_DIAG_FAIL, GE_IO0 + k);
    }
  }
}

void ft_poll(void) {
  uint32_t states = GE(GE_SUBSYSTEM_STATE);
  uint32_t cpu0 = FIELD(states, GE_SUBSYSTEM_STATE_CPU0);
  uint32_t cpu1 = FIELD(states, GE_SUBSYSTEM_STATE_CPU1);
  recover_io(states);
  if (cpu0 == GE_STATE_ONLINE && cpu1 == GE_STATE_ONLINE) {
    // Duplex: both CPUs read the same agreed state here and do the same.
    if (recovery.phase == BLACKOUT) {
      ft_counts.resyncs++;
      ft_counts.passes++;
      recovery.phase = IDLE;
    }
    return;
  }
  // Simplex: only now may the CPU read what differs between the modules.
  uint32_t me = FIELD(GE(GE_STATUS), GE_STATUS_MODULE);
  uint32_t partner = me ? GE_CPU0 : GE_CPU1;
  uint32_t partner_state = me ? cpu0 : cpu1;
  switch (partner_state) {
    case GE_STATE_DIAGNOSING:
      recovery.phase = IDLE;
      command(partner_healthy(partner) ? GE_CMD_DIAG_PASS : GE_CMD_DIAG_FAIL, partner);
      break;
    case GE_STATE_RESYNCING:
      switch (recovery.phase) {
        case IDLE:
          recovery.good_passes = 0;
          recovery.retries = 0;
          recovery.phase = PASS;
          mover(GE_DM_CMD_COPY_ALL);
          break;
        case PASS:
          if (GE(GE_DM_PASSES) != recovery.passes_before) {
            pass_ended(partner);
          }
          break;
        case BLACKOUT:
          blackout_step(partner);
          break;
      }
      break;
    default:
      break;  // offline: nothing to do until the module is replaced
  }
}
