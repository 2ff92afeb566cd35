# Machine software, timer and external interrupts: the timer (msip, mtimecmp, mtime) at
# 0x0200_0000, the external interrupt line raised by writing 1 to the test system's register at
# 0x4000_0004. The handler counts each kind (s6 timer, s7 software, s8 external) and silences
# its source.

#include "riscv_test.h"
#include "test_macros.h"

#define MSIP 0x02000000
#define MTIMECMP 0x02004000
#define MTIME 0x0200bff8
#define EXTERNAL 0x40000004

# Waits up to 1000 iterations for reg to become value.
#define WAIT_FOR(reg, value)                                            \
        li t3, 1000;                                                    \
        li t4, value;                                                   \
1:      beq reg, t4, 2f;                                                \
        addi t3, t3, -1;                                                \
        bnez t3, 1b;                                                    \
        j fail;                                                         \
2:

RVTEST_RV32U
RVTEST_CODE_BEGIN
        la t0, handler
        csrw mtvec, t0
        li s6, 0
        li s7, 0
        li s8, 0

        # software interrupt
        li TESTNUM, 2
        li t0, 0x8
        csrw mie, t0
        csrsi mstatus, 8
        li t1, MSIP
        li t0, 1
        sw t0, 0(t1)
        WAIT_FOR(s7, 1)
        lw t0, 0(t1)
        bnez t0, fail

        # timer interrupt, some cycles from now
        li TESTNUM, 3
        li t0, 0x80
        csrw mie, t0
        li t1, MTIME
        lw t2, 0(t1)
        addi t2, t2, 200
        li t1, MTIMECMP
        sw t2, 0(t1)
        sw zero, 4(t1)
        WAIT_FOR(s6, 1)

        # external interrupt
        li TESTNUM, 4
        li t0, 0x800
        csrw mie, t0
        li t1, EXTERNAL
        li t0, 1
        sw t0, 0(t1)
        WAIT_FOR(s8, 1)

        # with mstatus.MIE clear an interrupt stays pending in mip, and is taken once MIE is set
        li TESTNUM, 5
        csrci mstatus, 8
        li t0, 0x8
        csrw mie, t0
        li t1, MSIP
        li t0, 1
        sw t0, 0(t1)
        nop
        nop
        nop
        nop
        li t0, 1
        bne s7, t0, fail
        csrr t0, mip
        andi t0, t0, 0x8
        beqz t0, fail
        csrsi mstatus, 8
        WAIT_FOR(s7, 2)

        # wfi ends on a pending enabled interrupt even with MIE clear, and no trap is taken
        li TESTNUM, 6
        csrci mstatus, 8
        li t0, 0x80
        csrw mie, t0
        li t1, MTIME
        lw t2, 0(t1)
        addi t2, t2, 100
        li t1, MTIMECMP
        sw t2, 0(t1)
        sw zero, 4(t1)
        wfi
        csrr t0, mip
        andi t0, t0, 0x80
        beqz t0, fail
        li t0, 1
        bne s6, t0, fail
        li t0, -1
        sw t0, 4(t1)

        # mepc of an interrupt is the instruction not yet executed: every addi below runs once
        li TESTNUM, 7
        li a0, 0
        li t0, 0x8
        csrw mie, t0
        csrsi mstatus, 8
        li t1, MSIP
        li t0, 1
        sw t0, 0(t1)
        addi a0, a0, 1
        addi a0, a0, 1
        addi a0, a0, 1
        addi a0, a0, 1
        li t0, 4
        bne a0, t0, fail
        li t0, 3
        bne s7, t0, fail

        TEST_PASSFAIL

        .align 2
handler:
        csrr t5, mcause
        li t6, 0x80000007
        bne t5, t6, not_timer
        li t6, MTIMECMP
        li t5, -1
        sw t5, 4(t6)
        addi s6, s6, 1
        mret
not_timer:
        li t6, 0x80000003
        bne t5, t6, not_software
        li t6, MSIP
        sw zero, 0(t6)
        addi s7, s7, 1
        mret
not_software:
        li t6, 0x8000000b
        bne t5, t6, fail
        li t6, EXTERNAL
        sw zero, 0(t6)
        addi s8, s8, 1
        mret

RVTEST_CODE_END

        .data
RVTEST_DATA_BEGIN
RVTEST_DATA_END
