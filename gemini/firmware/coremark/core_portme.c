#include "coremark.h"
#include "core_portme.h"

#if VALIDATION_RUN
volatile ee_s32 seed1_volatile = 0x3415;
volatile ee_s32 seed2_volatile = 0x3415;
volatile ee_s32 seed3_volatile = 0x66;
#endif
#if PERFORMANCE_RUN
volatile ee_s32 seed1_volatile = 0x0;
volatile ee_s32 seed2_volatile = 0x0;
volatile ee_s32 seed3_volatile = 0x66;
#endif
#if PROFILE_RUN
volatile ee_s32 seed1_volatile = 0x8;
volatile ee_s32 seed2_volatile = 0x8;
volatile ee_s32 seed3_volatile = 0x8;
#endif
volatile ee_s32 seed4_volatile = ITERATIONS;
volatile ee_s32 seed5_volatile = 0;

ee_u32 default_num_contexts = 1;

static CORETIMETYPE start_time_val, stop_time_val;

/* The low half of mcycle: the timed part runs for far fewer than 2^32 cycles. */
static CORETIMETYPE cycles(void) {
  return (CORETIMETYPE) read_mcycle();
}

void start_time(void) {
  start_time_val = cycles();
}

void stop_time(void) {
  stop_time_val = cycles();
}

CORE_TICKS get_time(void) {
  return stop_time_val - start_time_val;
}

secs_ret time_in_secs(CORE_TICKS ticks) {
  return ticks / EE_TICKS_PER_SEC;
}

void portable_init(core_portable *p, int *argc, char *argv[]) {
  (void) argc;
  (void) argv;
  if (sizeof(ee_ptr_int) != sizeof(ee_u8 *) || sizeof(ee_u32) != 4) {
    ee_printf("ERROR! ee_ptr_int and ee_u32 must hold a pointer and 32 bits\n");
  }
  p->portable_id = 1;
}

void portable_fini(core_portable *p) {
  p->portable_id = 0;
}
