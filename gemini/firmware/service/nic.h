/* The network interface of an IO subsystem (NicDevice in the testbench): its registers, the
   receive ring that it fills by DMA, and transmission by stores. */
#ifndef NIC_H
#define NIC_H

#include <stddef.h>
#include <stdint.h>

#define NIC_SLOTS 16
#define NIC_SLOT_BYTES 64

/* The interface of IO0 at 0x4100_0000, that of IO1 at 0x5100_0000. */
#define NIC_BASE(n) (0x41000000u + 0x10000000u * (uint32_t) (n))
#define NIC_CONTROL 0x00
#define NIC_RX_BASE 0x04
#define NIC_RX_SLOTS 0x08
#define NIC_RX_CONSUMED 0x0C
#define NIC_TX_DATA 0x10
#define NIC_TX_SEND 0x14

/* Frame k is in slot k % NIC_SLOTS: its length in the first word, its bytes after it. The
   interface writes its count of frames to 'produced' after each one. */
struct nic_ring {
  uint8_t slot[NIC_SLOTS][NIC_SLOT_BYTES];
  volatile uint64_t produced;
} __attribute__((aligned(8)));

#define NIC_REG(n, offset) (*(volatile uint32_t *) (NIC_BASE(n) + (offset)))

static inline void nic_open(int n, struct nic_ring *ring) {
  NIC_REG(n, NIC_RX_BASE) = (uint32_t) ring;
  NIC_REG(n, NIC_RX_SLOTS) = NIC_SLOTS;
  NIC_REG(n, NIC_RX_CONSUMED) = 0;
  NIC_REG(n, NIC_CONTROL) = 1;
}

static inline void nic_consumed(int n, uint32_t consumed) {
  NIC_REG(n, NIC_RX_CONSUMED) = consumed;
}

static inline void nic_send(int n, const uint32_t *words, size_t bytes) {
  for (size_t i = 0; i < (bytes + 3) / 4; i++) {
    NIC_REG(n, NIC_TX_DATA) = words[i];
  }
  NIC_REG(n, NIC_TX_SEND) = (uint32_t) bytes;
}

#endif
