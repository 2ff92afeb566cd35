/* The runtime's console and printf conversions, and main's return value in tohost. */
#include "runtime.h"

int main(void) {
  console_printf("%d %i %u %x %X|%5d|%-5d|%05u|%04x|%c%s|%%|%lu %zu\n", -42, 7, 4000000000u, 0xbeefu, 0xbeefu, 12,
      12, 42u, 0x3au, 'c', "str", 123456789lu, (size_t) 9);
  console_printf("%d %u|%s|%3s|\n", (int32_t) 0x80000000, 0u, "", "toolong");
  uint64_t before = read_mcycle();
  uint64_t after = read_mcycle();
  console_printf("mcycle advances: %s\n", after > before ? "yes" : "no");
  return 3;
}
