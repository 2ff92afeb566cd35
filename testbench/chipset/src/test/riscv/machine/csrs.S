# The CSRs of machine mode: identification, scratch and trap registers, counters.

#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV32U
RVTEST_CODE_BEGIN

        TEST_CASE(2, a0, 0x40001100, csrr a0, misa)
        TEST_CASE(3, a0, 0, csrr a0, mhartid)
        TEST_CASE(4, a0, 0, csrr a0, mvendorid)
        TEST_CASE(5, a0, 0x1234, li t0, 0x1234; csrw mscratch, t0; csrr a0, mscratch)
        TEST_CASE(6, a0, 0x1234, li t0, 0x99; csrrw a0, mscratch, t0)
        TEST_CASE(7, a0, 0x99, csrrs a0, mscratch, zero)
        TEST_CASE(8, a0, 0x9f, csrrsi zero, mscratch, 0x0f; csrr a0, mscratch)
        TEST_CASE(9, a0, 0x90, csrrci zero, mscratch, 0x0f; csrr a0, mscratch)
        TEST_CASE(10, a0, 0x00, li t0, 0x90; csrc mscratch, t0; csrr a0, mscratch)
        # direct mode only: mtvec and mepc keep word addresses
        TEST_CASE(11, a0, 0x80000100, li t0, 0x80000103; csrw mtvec, t0; csrr a0, mtvec)
        TEST_CASE(12, a0, 0x80000204, li t0, 0x80000206; csrw mepc, t0; csrr a0, mepc)
        TEST_CASE(13, a0, 0x8000000b, li t0, 0x8000000b; csrw mcause, t0; csrr a0, mcause)
        TEST_CASE(14, a0, 0x5555, li t0, 0x5555; csrw mtval, t0; csrr a0, mtval)
        # mie keeps the three machine interrupt bits
        TEST_CASE(15, a0, 0x888, li t0, -1; csrw mie, t0; csrr a0, mie; csrw mie, zero)

        # minstret counts retired instructions: the ten nops and the second read
        TEST_CASE(16, a0, 11, csrr t1, minstret; nop; nop; nop; nop; nop; nop; nop; nop; nop; nop; \
                  csrr t2, minstret; sub a0, t2, t1)
        # a write wins over the count of the writing instruction
        TEST_CASE(17, a0, 100, li t0, 100; csrw minstret, t0; csrr a0, minstret)
        TEST_CASE(18, a0, 5, li t0, 5; csrw minstreth, t0; csrr a0, minstreth)
        TEST_CASE(19, a0, 7, li t0, 7; csrw mcycleh, t0; csrr a0, mcycleh)
        TEST_CASE(20, a0, 1, csrr t1, mcycle; nop; csrr t2, mcycle; sltu a0, t1, t2)
        TEST_CASE(21, a0, 5, csrr a0, instreth)
        # mtime counts up
        TEST_CASE(22, a0, 1, li t0, 0x0200bff8; lw t1, 0(t0); nop; lw t2, 0(t0); sltu a0, t1, t2)

        TEST_PASSFAIL

RVTEST_CODE_END

        .data
RVTEST_DATA_BEGIN
RVTEST_DATA_END
