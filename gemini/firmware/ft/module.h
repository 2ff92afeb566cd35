/* The CPU/IO module as its firmware sees it: the GE's registers and the IO bridge's own, in the
   bridge's local window (see gemini/README.md, "The CPU/IO module"), and the layout of the
   context that a blackout saves. Included by C and by assembly. */
#ifndef MODULE_H
#define MODULE_H

#define GE_BASE 0x10000000
#define BRIDGE_BASE 0x10001000
#define BRIDGE_IRQ_COUNT 0x0
#define BRIDGE_IRQ_POP 0x4
#define BRIDGE_STATUS 0x8
#define BRIDGE_QUIESCE 0xC
#define BRIDGE_STATUS_STOP 0
#define BRIDGE_STATUS_WARM_RESET 1

/* The GE's hot-plug interrupt: vector in bits 7:0 of its data word, the IO slot in 15:8, the slot
   status in 31:16, in which data-link-layer state changed means the device is gone. */
#define HOTPLUG_VECTOR 0xFE
#define HOTPLUG_LINK_DOWN 0x100

/* mcause of the machine external interrupt, which the bridge raises. */
#define CAUSE_EXTERNAL_INTERRUPT 0x8000000B

/* ft_context: word offsets of what a blackout saves beside the trap frame. */
#define FT_MAGIC 0x46544358 /* 'FTCX' */
#define FT_CONTEXT_MAGIC 0
#define FT_CONTEXT_FRAME 4
#define FT_CONTEXT_MEPC 8
#define FT_CONTEXT_MSTATUS 12
#define FT_CONTEXT_MIE 16
#define FT_CONTEXT_MSCRATCH 20
#define FT_CONTEXT_MCYCLE 24
#define FT_CONTEXT_MCYCLEH 28
#define FT_CONTEXT_MINSTRET 32
#define FT_CONTEXT_MINSTRETH 36
#define FT_CONTEXT_WORDS 10

#endif
