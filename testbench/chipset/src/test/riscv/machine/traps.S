# Synchronous traps: each EXPECT_TRAP runs one instruction that must trap with the given mcause,
# and checks mepc; the handler records mcause (s2), mepc (s3), mtval (s4) and mstatus (s5) and
# resumes at s11.

#include "riscv_test.h"
#include "test_macros.h"

#define EXPECT_TRAP(testnum, cause, insn...)                            \
        li TESTNUM, testnum;                                            \
        la s11, 1f;                                                     \
        li s2, -1;                                                      \
2:      insn;                                                           \
        j fail;                                                         \
1:      li t0, cause;                                                   \
        bne s2, t0, fail;                                               \
        la t0, 2b;                                                      \
        bne s3, t0, fail;

#define EXPECT_TVAL(value)                                              \
        li t0, value;                                                   \
        bne s4, t0, fail;

RVTEST_RV32U
RVTEST_CODE_BEGIN
        la t0, handler
        csrw mtvec, t0

        EXPECT_TRAP(2, 11, ecall)
        EXPECT_TVAL(0)
        EXPECT_TRAP(3, 3, ebreak)
        bne s4, s3, fail
        EXPECT_TRAP(4, 2, .word 0)
        EXPECT_TVAL(0)
        # sll with funct7 0100000 is reserved
        EXPECT_TRAP(5, 2, .word 0x40001033)
        EXPECT_TVAL(0x40001033)
        # mhartid is read-only; 0x7c0 is no CSR of this core
        EXPECT_TRAP(6, 2, csrw mhartid, zero)
        EXPECT_TRAP(7, 2, csrr t1, 0x7c0)

        # a jump to a half-word address traps at the jump, with the target in mtval
        la t1, misaligned_target
        addi t1, t1, 2
        EXPECT_TRAP(8, 0, jalr zero, 0(t1))
        bne s4, t1, fail

        la s0, tdat
        addi t1, s0, 1
        EXPECT_TRAP(9, 4, lw t2, 1(s0))
        bne s4, t1, fail
        addi t1, s0, 2
        EXPECT_TRAP(10, 6, sw t2, 2(s0))
        bne s4, t1, fail
        addi t1, s0, 3
        EXPECT_TRAP(11, 4, lh t2, 3(s0))
        bne s4, t1, fail

        # IO without a device answers with its error bit: an access fault
        li t1, 0x50000000
        EXPECT_TRAP(12, 5, lw t2, 0(t1))
        bne s4, t1, fail
        EXPECT_TRAP(13, 7, sw t2, 0(t1))
        bne s4, t1, fail
        li t1, 0x02000010
        EXPECT_TRAP(14, 5, lw t2, 0(t1))
        bne s4, t1, fail

        # a fetch outside memory faults at the target, with the target in mtval
        li TESTNUM, 15
        la s11, fetched
        li t1, 0x10000000
        jalr zero, 0(t1)
        j fail
fetched:
        li t0, 1
        bne s2, t0, fail
        bne s3, t1, fail
        bne s4, t1, fail

        # a trap moves MIE to MPIE and clears it (MPP reads machine); mret moves it back
        csrsi mstatus, 8
        EXPECT_TRAP(16, 11, ecall)
        li t0, 0x1888
        and t1, s5, t0
        li t0, 0x1880
        bne t1, t0, fail
        csrr t1, mstatus
        andi t1, t1, 0x88
        li t0, 0x88
        bne t1, t0, fail
        csrci mstatus, 8

        # a trapping instruction has no effect: the store is not done, the load writes nothing
        li TESTNUM, 17
        li t2, 0x1234
        li t1, 0x50000000
        la s11, no_effect
        lw t2, 0(t1)
        j fail
no_effect:
        li t0, 0x1234
        bne t2, t0, fail

        TEST_PASSFAIL

        .align 2
handler:
        csrr s2, mcause
        csrr s3, mepc
        csrr s4, mtval
        csrr s5, mstatus
        csrw mepc, s11
        mret

misaligned_target:
        nop
        nop

RVTEST_CODE_END

        .data
RVTEST_DATA_BEGIN
tdat:   .word 0x11223344
        .word 0x55667788
RVTEST_DATA_END
