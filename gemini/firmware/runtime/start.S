/* Start-up of a C program on the module's CPU: stack, zeroed .bss, a trap vector, main; main's
   return value goes to tohost as riscv-tests report (0 becomes 1, a pass; n becomes 2n+1). An
   unexpected trap reports (0x800 + mcause) the same way, so that a test says which trap it was. */
  .section .text.start
  .globl _start
_start:
  la sp, _stack_top
  la t0, trap
  csrw mtvec, t0
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

  .align 2
trap:
  csrr a0, mcause
  addi a0, a0, 0x7ff
  addi a0, a0, 1
  j report
