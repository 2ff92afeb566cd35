/* Start-up of a C program on the module's CPU: stack, zeroed .bss, a trap vector, main; main's
   return value goes to tohost as riscv-tests report (0 becomes 1, a pass; n becomes 2n+1). An
   unexpected trap reports (0x800 + mcause) the same way, so that a test says which trap it was.
   A platform may replace the weak trap_entry with its own handler, and the weak platform_start,
   called before anything is written to memory, with its own start (the machine's warm restart). */
  .section .text.start
  .globl _start
_start:
  la sp, _stack_top
  la t0, trap_entry
  csrw mtvec, t0
  call platform_start
  la t0, _bss_start
  la t1, _bss_end
1:
  bgeu t0, t1, 2f
  sw zero, 0(t0)
  addi t0, t0, 4
  j 1b
2:
  call main
report:
  slli a0, a0, 1
  ori a0, a0, 1
  la t0, tohost
  sw a0, 0(t0)
3:
  j 3b

/* report_trap(cause): reports (0x800 + cause) and never returns. */
  .globl report_trap
report_trap:
  addi a0, a0, 0x7ff
  addi a0, a0, 1
  j report

  .weak platform_start
platform_start:
  ret

  .weak trap_entry
  .align 2
trap_entry:
  csrr a0, mcause
  j report_trap
