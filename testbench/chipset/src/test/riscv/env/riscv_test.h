// The riscv-tests environment for the Gemini module's RV32IM core (machine mode, no virtual
// memory). A test ends by writing `tohost`, a word in the test system's IO space: 1 for a pass,
// (TESTNUM << 1) | 1 for a failure of test TESTNUM; a trap the environment does not expect
// reports failure 0x800 + mcause. Misaligned loads and stores trap in the core; the trap handler
// emulates them byte by byte, as upstream's environment expects of a core without misaligned
// access in hardware. Labels here are named, not numbered, so that a test's forward references
// (2f) find the test's own labels.
#ifndef GEMINI_RISCV_TEST_H
#define GEMINI_RISCV_TEST_H

#define RVTEST_RV32U
#define RVTEST_RV64U
#define TESTNUM gp

#define RVTEST_CODE_BEGIN                                               \
        .section .text.init;                                            \
        .align 6;                                                       \
        .globl _start;                                                  \
_start:                                                                 \
        INIT_XREGS;                                                     \
        la t0, trap_vector;                                             \
        csrw mtvec, t0;                                                 \
        j test_start;                                                   \
TRAP_HANDLER;                                                           \
test_start:

#define RVTEST_CODE_END unimp

#define RVTEST_PASS                                                     \
        fence;                                                          \
        li TESTNUM, 1;                                                  \
pass_report:                                                            \
        sw TESTNUM, tohost, t5;                                         \
        j pass_report;

#define RVTEST_FAIL                                                     \
        fence;                                                          \
fail_unnumbered:                                                        \
        beqz TESTNUM, fail_unnumbered;                                  \
        sll TESTNUM, TESTNUM, 1;                                        \
        or TESTNUM, TESTNUM, 1;                                         \
fail_report:                                                            \
        sw TESTNUM, tohost, t5;                                         \
        j fail_report;

#define EXTRA_DATA

#define RVTEST_DATA_BEGIN                                               \
        EXTRA_DATA                                                      \
        .align 4; .global begin_signature; begin_signature:

#define RVTEST_DATA_END                                                 \
        .align 4; .global end_signature; end_signature:                 \
        .pushsection .bss;                                              \
        .align 4; trap_frame: .skip 128;                                \
        .popsection;

// Registers start at zero, as upstream's environment leaves them (Icarus starts them unknown).
#define INIT_XREGS                                                      \
        li x1, 0;  li x2, 0;  li x3, 0;  li x4, 0;  li x5, 0;           \
        li x6, 0;  li x7, 0;  li x8, 0;  li x9, 0;  li x10, 0;          \
        li x11, 0; li x12, 0; li x13, 0; li x14, 0; li x15, 0;          \
        li x16, 0; li x17, 0; li x18, 0; li x19, 0; li x20, 0;          \
        li x21, 0; li x22, 0; li x23, 0; li x24, 0; li x25, 0;          \
        li x26, 0; li x27, 0; li x28, 0; li x29, 0; li x30, 0;          \
        li x31, 0;

#define SAVE(r) sw x##r, (r * 4)(t0);
#define LOAD(r) lw x##r, (r * 4)(t0);
#define ALL_BUT_T0(op)                                                  \
        op(1) op(2) op(3) op(4) op(6) op(7) op(8) op(9) op(10)          \
        op(11) op(12) op(13) op(14) op(15) op(16) op(17) op(18) op(19)  \
        op(20) op(21) op(22) op(23) op(24) op(25) op(26) op(27) op(28)  \
        op(29) op(30) op(31)

// Every register goes to trap_frame (x5, t0, by way of mscratch), so that the emulation can
// read rs2 and write rd by their numbers; mtval holds the misaligned address.
#define TRAP_HANDLER                                                    \
        .align 2;                                                       \
trap_vector:                                                            \
        csrw mscratch, t0;                                              \
        la t0, trap_frame;                                              \
        ALL_BUT_T0(SAVE)                                                \
        csrr t1, mscratch;                                              \
        sw t1, 20(t0);                                                  \
        csrr t1, mcause;                                                \
        li t2, 4;                                                       \
        beq t1, t2, misaligned_load;                                    \
        li t2, 6;                                                       \
        beq t1, t2, misaligned_store;                                   \
        addi t1, t1, 0x400;                                             \
        addi t1, t1, 0x400;                                             \
        sll t1, t1, 1;                                                  \
        or t1, t1, 1;                                                   \
trap_report:                                                            \
        sw t1, tohost, t5;                                              \
        j trap_report;                                                           \
misaligned_load:                                                        \
        csrr t1, mepc;                                                  \
        lw t1, 0(t1);                                                   \
        csrr t2, mtval;                                                 \
        srli t3, t1, 12;                                                \
        andi t3, t3, 7;                                                 \
        lbu a0, 0(t2);                                                  \
        lbu a1, 1(t2);                                                  \
        slli a1, a1, 8;                                                 \
        or a0, a0, a1;                                                  \
        andi t4, t3, 3;                                                 \
        li t5, 1;                                                       \
        beq t4, t5, load_half;                                                 \
        lbu a1, 2(t2);                                                  \
        slli a1, a1, 16;                                                \
        or a0, a0, a1;                                                  \
        lbu a1, 3(t2);                                                  \
        slli a1, a1, 24;                                                \
        or a0, a0, a1;                                                  \
        j load_done;                                                           \
load_half:                                                              \
        bne t3, t5, load_done;                                                 \
        slli a0, a0, 16;                                                \
        srai a0, a0, 16;                                                \
load_done:                                                              \
        srli t4, t1, 7;                                                 \
        andi t4, t4, 31;                                                \
        slli t4, t4, 2;                                                 \
        add t4, t4, t0;                                                 \
        sw a0, 0(t4);                                                   \
        j trap_return;                                                  \
misaligned_store:                                                       \
        csrr t1, mepc;                                                  \
        lw t1, 0(t1);                                                   \
        csrr t2, mtval;                                                 \
        srli t4, t1, 20;                                                \
        andi t4, t4, 31;                                                \
        slli t4, t4, 2;                                                 \
        add t4, t4, t0;                                                 \
        lw a0, 0(t4);                                                   \
        srli t3, t1, 12;                                                \
        andi t3, t3, 3;                                                 \
        sb a0, 0(t2);                                                   \
        srli a0, a0, 8;                                                 \
        sb a0, 1(t2);                                                   \
        li t5, 1;                                                       \
        beq t3, t5, trap_return;                                        \
        srli a0, a0, 8;                                                 \
        sb a0, 2(t2);                                                   \
        srli a0, a0, 8;                                                 \
        sb a0, 3(t2);                                                   \
trap_return:                                                            \
        csrr t1, mepc;                                                  \
        addi t1, t1, 4;                                                 \
        csrw mepc, t1;                                                  \
        ALL_BUT_T0(LOAD)                                                \
        lw t0, 20(t0);                                                  \
        mret;

#endif
