// The C interface between the JNI bridge and a model library. Each model library exports only
// hdl_model_api(); the Verilator runtime inside it stays hidden, so models never bind to each
// other's copy.
#ifndef HDL_MODEL_API_H
#define HDL_MODEL_API_H

#include <stdint.h>

#define HDL_MODEL_ABI 3

enum HdlStatus {
    HDL_OK = 0,
    HDL_STOP = 1,    // $stop or a failed assertion; message is "file:line"
    HDL_FATAL = 2,   // the Verilator runtime gave up; message says why
    HDL_FINISH = 3,  // $finish
};

struct HdlVarInfo {
    void* data;
    int64_t bytes;  // whole storage: depth * element bytes
    int32_t elementBytes;
    int32_t width;
    int32_t depth;  // 0 for a plain variable, words for a memory
    int32_t low;    // lowest memory index
};

struct HdlModelApi {
    int32_t abi;
    // A new model; one that could not start has status HDL_FATAL, and its message says why.
    void* (*create)(void);
    void (*destroy)(void* model);
    // Finds a variable by scope ("TOP", "TOP.Top.u_child") and name; 0 when it does not exist.
    int32_t (*find)(void* model, const char* scope, const char* name, HdlVarInfo* out);
    // The clocks the model drives, the first being the one step() counts cycles of.
    void (*setClocks)(void* model, int32_t count, uint8_t* const* ports, const int32_t* periods,
                      const int32_t* phases);
    // Runs cycles of the first clock; returns the cycles completed before a status other than OK.
    int64_t (*step)(void* model, int64_t cycles);
    void (*eval)(void* model);
    // Holds bits of one byte of storage at a value after every evaluation, until released.
    void (*force)(void* model, uint8_t* byte, uint8_t mask, uint8_t value, int32_t on);
    int32_t (*traceOpen)(void* model, const char* path);
    void (*traceClose)(void* model);
    // Where the model keeps its status, so callers can poll it without a call.
    const int32_t* (*status)(void* model);
    const char* (*message)(void* model);
};

#ifdef __cplusplus
extern "C"
#endif
    __attribute__((visibility("default"))) const struct HdlModelApi*
    hdl_model_api(void);

#endif
