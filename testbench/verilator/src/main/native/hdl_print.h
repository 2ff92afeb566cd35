// The Verilator runtime is compiled with -DVL_PRINTF=hdl_print and this header forced in, so that
// what it prints goes through the harness, never to the JVM's standard output, where a test
// runner reads its own messages.
#pragma once
int hdl_print(const char* format, ...);
