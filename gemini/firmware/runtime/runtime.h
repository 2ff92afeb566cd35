/* The freestanding runtime of the module's firmware: console output and the compiler's
   memory routines. */
#ifndef RUNTIME_H
#define RUNTIME_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

/* Appends one byte to the test system's console. */
void console_putc(char c);

/* printf's conversions that firmware needs: %c %s %d %i %u %x %X %p and %%, with the
   flags '-' and '0', a field width, and the length modifiers l and z (32 bits here). */
int console_printf(const char *format, ...);
int console_vprintf(const char *format, va_list args);

/* The cycle counter, 64 bits read consistently across the two halves. */
uint64_t read_mcycle(void);

void *memcpy(void *dest, const void *src, size_t n);
void *memmove(void *dest, const void *src, size_t n);
void *memset(void *dest, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
size_t strlen(const char *s);

#endif
