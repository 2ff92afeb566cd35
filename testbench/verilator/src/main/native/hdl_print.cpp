#include "hdl_print.h"

#include <cstdarg>
#include <cstdio>
#include <string>

// The runtime's prints (see hdl_print.h). Its report of a failed assertion is dropped: the harness
// reports that failure itself, at the user's Java line. Anything else (a black box's $display)
// goes to standard error, which a test runner passes through.
int hdl_print(const char* format, ...) {
    va_list args;
    va_start(args, format);
    va_list measured;
    va_copy(measured, args);
    int length = std::vsnprintf(nullptr, 0, format, measured);
    va_end(measured);
    std::string text(length > 0 ? length : 0, '\0');
    if (length > 0) std::vsnprintf(&text[0], text.size() + 1, format, args);
    va_end(args);
    bool failedAssertion = text.find("%Error: ") != std::string::npos
        && text.find(": Assertion failed in ") != std::string::npos;
    if (!failedAssertion) std::fputs(text.c_str(), stderr);
    return length;
}
