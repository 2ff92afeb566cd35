/* The machine's trap entry and warm start. Every trap saves the registers on the stack and calls
   ft_trap (ft.c) with the frame. For a blackout, ft_trap leaves the frame where it is, records it
   and the CSRs in ft_context and waits for the GE's reset; after the reset, start-up calls
   platform_start, which finds the warm-reset bit in the bridge's STATUS and returns from that
   trap with the context restored, on both CPUs at once. */
#include "GeminiEngine_registers.h"
#include "module.h"

  .section .text
  .globl trap_entry
  .align 2
trap_entry:
  addi sp, sp, -128
  sw x1, 4(sp)
  sw x3, 12(sp)
  sw x4, 16(sp)
  sw x5, 20(sp)
  sw x6, 24(sp)
  sw x7, 28(sp)
  sw x8, 32(sp)
  sw x9, 36(sp)
  sw x10, 40(sp)
  sw x11, 44(sp)
  sw x12, 48(sp)
  sw x13, 52(sp)
  sw x14, 56(sp)
  sw x15, 60(sp)
  sw x16, 64(sp)
  sw x17, 68(sp)
  sw x18, 72(sp)
  sw x19, 76(sp)
  sw x20, 80(sp)
  sw x21, 84(sp)
  sw x22, 88(sp)
  sw x23, 92(sp)
  sw x24, 96(sp)
  sw x25, 100(sp)
  sw x26, 104(sp)
  sw x27, 108(sp)
  sw x28, 112(sp)
  sw x29, 116(sp)
  sw x30, 120(sp)
  sw x31, 124(sp)
  mv a0, sp
  call ft_trap
trap_return:
  lw x1, 4(sp)
  lw x3, 12(sp)
  lw x4, 16(sp)
  lw x5, 20(sp)
  lw x6, 24(sp)
  lw x7, 28(sp)
  lw x8, 32(sp)
  lw x9, 36(sp)
  lw x10, 40(sp)
  lw x11, 44(sp)
  lw x12, 48(sp)
  lw x13, 52(sp)
  lw x14, 56(sp)
  lw x15, 60(sp)
  lw x16, 64(sp)
  lw x17, 68(sp)
  lw x18, 72(sp)
  lw x19, 76(sp)
  lw x20, 80(sp)
  lw x21, 84(sp)
  lw x22, 88(sp)
  lw x23, 92(sp)
  lw x24, 96(sp)
  lw x25, 100(sp)
  lw x26, 104(sp)
  lw x27, 108(sp)
  lw x28, 112(sp)
  lw x29, 116(sp)
  lw x30, 120(sp)
  lw x31, 124(sp)
  addi sp, sp, 128
  mret

/* Called by start-up before anything is written: on a warm reset with a saved context, restores
   it and returns from the trap that saved it; otherwise returns to start-up. */
  .globl platform_start
platform_start:
  li t0, BRIDGE_BASE
  lw t1, BRIDGE_STATUS(t0)
  andi t1, t1, 1 << BRIDGE_STATUS_WARM_RESET
  beqz t1, 1f
  la t0, ft_context
  lw t1, FT_CONTEXT_MAGIC(t0)
  li t2, FT_MAGIC
  bne t1, t2, 1f
  sw zero, FT_CONTEXT_MAGIC(t0)
  lw sp, FT_CONTEXT_FRAME(t0)
  lw t1, FT_CONTEXT_MEPC(t0)
  csrw mepc, t1
  lw t1, FT_CONTEXT_MSTATUS(t0)
  csrw mstatus, t1
  lw t1, FT_CONTEXT_MIE(t0)
  csrw mie, t1
  lw t1, FT_CONTEXT_MSCRATCH(t0)
  csrw mscratch, t1
  lw t1, FT_CONTEXT_MCYCLE(t0)
  csrw mcycle, t1
  lw t1, FT_CONTEXT_MCYCLEH(t0)
  csrw mcycleh, t1
  lw t1, FT_CONTEXT_MINSTRET(t0)
  csrw minstret, t1
  lw t1, FT_CONTEXT_MINSTRETH(t0)
  csrw minstreth, t1
  j trap_return
1:
  ret

/* Where the CPU waits, its context saved and quiesced, for the reset that ends a blackout. It is
   still the ft control software: a final copy that fails (a word corrupted on the link) is run
   again, as ft_poll would. If the GE withdraws the stop (the link was lost and the blackout
   abandoned), it returns. Registers only: once quiesced, memory must not change. */
  .globl ft_blackout_wait
ft_blackout_wait:
  li t0, GE_BASE
  li t6, BRIDGE_BASE
  lw t5, GE_DM_PASSES(t0)
1:
  lw t1, BRIDGE_STATUS(t6)
  andi t1, t1, 1 << BRIDGE_STATUS_STOP
  beqz t1, 2f
  lw t1, GE_DM_STATUS(t0)
  andi t2, t1, GE_DM_STATUS_PHASE_MASK
  li t3, GE_DM_PHASE_FINAL_COPY << GE_DM_STATUS_PHASE_SHIFT
  bne t2, t3, 1b
  andi t2, t1, GE_DM_STATUS_FAILED_MASK
  beqz t2, 1b
  lw t4, GE_DM_PASSES(t0)
  beq t4, t5, 1b
  mv t5, t4
  li t2, GE_DM_CMD_COPY_DIRTY << GE_DM_COMMAND_OP_SHIFT
  sw t2, GE_DM_COMMAND(t0)
  j 1b
2:
  ret
