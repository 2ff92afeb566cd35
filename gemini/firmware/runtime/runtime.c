#include "runtime.h"

extern volatile uint32_t console;

void console_putc(char c) {
  console = (uint8_t) c;
}

static int put_string(const char *s, int width, int left, char pad) {
  int length = (int) strlen(s);
  int written = 0;
  for (; !left && length + written < width; written++) {
    console_putc(pad);
  }
  for (const char *p = s; *p != '\0'; p++, written++) {
    console_putc(*p);
  }
  for (; left && written < width; written++) {
    console_putc(' ');
  }
  return written;
}

/* Digits of an unsigned value, most significant first, into a buffer that ends at 'end'. */
static char *format_unsigned(char *end, uint32_t value, unsigned base, int upper) {
  const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  *--end = '\0';
  do {
    *--end = digits[value % base];
    value /= base;
  } while (value != 0);
  return end;
}

int console_vprintf(const char *format, va_list args) {
  int written = 0;
  for (const char *f = format; *f != '\0'; f++) {
    if (*f != '%') {
      console_putc(*f);
      written++;
      continue;
    }
    f++;
    int left = 0;
    char pad = ' ';
    for (; *f == '-' || *f == '0'; f++) {
      if (*f == '-') {
        left = 1;
      } else {
        pad = '0';
      }
    }
    int width = 0;
    for (; *f >= '0' && *f <= '9'; f++) {
      width = width * 10 + (*f - '0');
    }
    while (*f == 'l' || *f == 'z') {
      f++;
    }
    char buffer[16];
    char *text;
    switch (*f) {
      case 'c':
        buffer[0] = (char) va_arg(args, int);
        buffer[1] = '\0';
        text = buffer;
        break;
      case 's':
        text = va_arg(args, char *);
        break;
      case 'd':
      case 'i': {
        int32_t value = va_arg(args, int32_t);
        text = format_unsigned(buffer + sizeof buffer, value < 0 ? -(uint32_t) value : (uint32_t) value, 10, 0);
        if (value < 0) {
          *--text = '-';
        }
        break;
      }
      case 'u':
        text = format_unsigned(buffer + sizeof buffer, va_arg(args, uint32_t), 10, 0);
        break;
      case 'x':
      case 'X':
        text = format_unsigned(buffer + sizeof buffer, va_arg(args, uint32_t), 16, *f == 'X');
        break;
      case 'p':
        text = format_unsigned(buffer + sizeof buffer, (uint32_t) va_arg(args, void *), 16, 0);
        break;
      case '%':
        text = "%";
        break;
      default:
        /* An unknown conversion is shown, not skipped, so that a wrong format is seen. */
        text = "%?";
        break;
    }
    written += put_string(text, width, left, pad);
  }
  return written;
}

int console_printf(const char *format, ...) {
  va_list args;
  va_start(args, format);
  int written = console_vprintf(format, args);
  va_end(args);
  return written;
}

uint64_t read_mcycle(void) {
  uint32_t high, low, again;
  do {
    __asm__ volatile("csrr %0, mcycleh" : "=r"(high));
    __asm__ volatile("csrr %0, mcycle" : "=r"(low));
    __asm__ volatile("csrr %0, mcycleh" : "=r"(again));
  } while (high != again);
  return ((uint64_t) high << 32) | low;
}

void *memcpy(void *dest, const void *src, size_t n) {
  uint8_t *d = dest;
  const uint8_t *s = src;
  while (n-- != 0) {
    *d++ = *s++;
  }
  return dest;
}

void *memmove(void *dest, const void *src, size_t n) {
  uint8_t *d = dest;
  const uint8_t *s = src;
  if (d < s) {
    return memcpy(dest, src, n);
  }
  while (n-- != 0) {
    d[n] = s[n];
  }
  return dest;
}

void *memset(void *dest, int c, size_t n) {
  uint8_t *d = dest;
  while (n-- != 0) {
    *d++ = (uint8_t) c;
  }
  return dest;
}

int memcmp(const void *a, const void *b, size_t n) {
  const uint8_t *x = a, *y = b;
  for (; n != 0; n--, x++, y++) {
    if (*x != *y) {
      return *x - *y;
    }
  }
  return 0;
}

size_t strlen(const char *s) {
  size_t n = 0;
  while (s[n] != '\0') {
    n++;
  }
  return n;
}
