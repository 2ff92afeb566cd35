// The per-model half of the harness: compiled with the verilated model (prefix Vmodel) into one
// shared library. It owns the clock loop, so one call from Java runs any number of cycles.
#include "Vmodel.h"
#include "hdl_model_api.h"
#include "verilated.h"
#include "verilated_syms.h"
#include "verilated_vcd_c.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

struct Clock {
    uint8_t* port;
    int64_t half;        // ticks between edges
    int64_t nextToggle;  // tick of the next edge
};

struct Force {
    uint8_t* byte;
    uint8_t mask;
    uint8_t value;
};

struct Harness;

// The trace's file. The runtime raises a fatal error when a write fails (a full disk), also from
// the trace's destructor, where it cannot be caught; this file never fails a write, but stops
// writing and keeps the error for the harness to report.
class TraceFile : public VerilatedVcdFile {
  public:
    bool open(const std::string& name) override {
        fd_ = ::open(name.c_str(), O_CREAT | O_WRONLY | O_TRUNC | O_CLOEXEC, 0666);
        return fd_ >= 0;
    }
    void close() override {
        if (fd_ >= 0 && ::close(fd_) != 0 && error_ == 0) error_ = errno;
        fd_ = -1;
    }
    ssize_t write(const char* data, ssize_t length) override {
        while (error_ == 0) {
            const ssize_t written = ::write(fd_, data, static_cast<size_t>(length));
            if (written >= 0) return written;
            if (errno != EINTR) error_ = errno;
        }
        return length;
    }
    // 0, or the errno of the first write that failed.
    int error() const { return error_; }

  private:
    int fd_ = -1;
    int error_ = 0;
};

// A model's runtime context, which knows the model's harness: the runtime reports $stop and
// $finish through free functions that say nothing of the model, but the thread's current context
// is always the calling model's (see enter).
struct Context : VerilatedContext {
    explicit Context(Harness* h) : harness(h) {}
    Harness* const harness;
};

struct Harness {
    Context* context = nullptr;
    Vmodel* model = nullptr;
    TraceFile* traceFile = nullptr;
    VerilatedVcdC* trace = nullptr;
    std::string tracePath;
    std::vector<Clock> clocks;
    std::vector<Force> forces;
    int64_t now = 0;  // in ticks
    int32_t status = HDL_OK;
    std::string message;
};

// Makes h the model this thread works on. The runtime keeps a per-thread current context that
// scopes register in and unregister from; with two instances of one library, or a JVM calling
// from another thread, it must be set before every call.
void enter(Harness* h) { Verilated::threadContextp(h->context); }

// The model this thread is running, for the runtime's callbacks.
Harness* running() { return static_cast<Context*>(Verilated::threadContextp())->harness; }

struct Fatal : std::runtime_error {
    using std::runtime_error::runtime_error;
};

std::string where(const char* filename, int linenum) {
    return std::string(filename ? filename : "") + ":" + std::to_string(linenum);
}

// Re-applies forced bits; true when one had to change.
bool applyForces(Harness* h) {
    bool changed = false;
    for (const Force& f : h->forces) {
        const uint8_t held = static_cast<uint8_t>((*f.byte & ~f.mask) | (f.value & f.mask));
        if (held != *f.byte) {
            *f.byte = held;
            changed = true;
        }
    }
    return changed;
}

// Stops the run when the trace could not be written: a test must not pass with its waveform lost.
void checkTrace(Harness* h) {
    if (h->traceFile->error() != 0 && h->status == HDL_OK) {
        h->status = HDL_FATAL;
        h->message = "cannot write the trace " + h->tracePath + ": " + std::strerror(h->traceFile->error());
    }
}

void evaluate(Harness* h) {
    h->model->eval();
    // Forced bits win over what the logic wrote; evaluating again lets their readers see them.
    if (!h->forces.empty() && applyForces(h)) h->model->eval();
    if (h->trace) {
        h->trace->dump(static_cast<uint64_t>(h->now));
        checkTrace(h);
    }
}

void closeTrace(Harness* h) {
    h->trace->close();
    checkTrace(h);
    delete h->trace;
    delete h->traceFile;
    h->trace = nullptr;
    h->traceFile = nullptr;
}

// Runs f, turning a runtime failure into the model's status: an exception must not unwind into
// the JVM, which would abort it.
template <class F>
void guarded(Harness* h, F f) {
    try {
        f();
    } catch (const std::exception& e) {
        h->status = HDL_FATAL;
        h->message = e.what();
    }
}

void* create() {
    Harness* h = new Harness;
    guarded(h, [h] {
        h->context = new Context{h};
        enter(h);
        // The model is single-threaded: no worker pool, which would outlive a closed model.
        h->context->threads(1);
        h->context->traceEverOn(true);
        h->model = new Vmodel{h->context, "TOP"};
        h->model->eval();
    });
    return h;
}

void destroy(void* p) {
    Harness* h = static_cast<Harness*>(p);
    enter(h);
    if (h->trace) closeTrace(h);
    try {
        if (h->model) h->model->final();
    } catch (const std::exception&) {
        // A model that failed is freed all the same.
    }
    delete h->model;
    delete h->context;
    Verilated::threadContextp(nullptr);
    delete h;
}

int32_t find(void* p, const char* scopeName, const char* name, HdlVarInfo* out) {
    Harness* h = static_cast<Harness*>(p);
    enter(h);
    const VerilatedScope* scope = h->context->scopeFind(scopeName);
    if (!scope) return 0;
    const VerilatedVar* var = scope->varFind(name);
    if (!var) return 0;
    int32_t elementBytes;
    switch (var->vltype()) {
    case VLVT_UINT8: elementBytes = 1; break;
    case VLVT_UINT16: elementBytes = 2; break;
    case VLVT_UINT32: elementBytes = 4; break;
    case VLVT_UINT64: elementBytes = 8; break;
    case VLVT_WDATA: elementBytes = 4 * VL_WORDS_I(var->packed().elements()); break;
    default: return 0;
    }
    out->data = var->datap();
    out->elementBytes = elementBytes;
    out->width = var->packed().elements();
    out->depth = var->udims() > 0 ? var->unpacked().elements() : 0;
    out->low = var->udims() > 0 ? var->unpacked().low() : 0;
    out->bytes = static_cast<int64_t>(elementBytes) * std::max(1, out->depth);
    return 1;
}

void setClocks(void* p, int32_t count, uint8_t* const* ports, const int32_t* periods,
               const int32_t* phases) {
    Harness* h = static_cast<Harness*>(p);
    h->clocks.clear();
    for (int32_t i = 0; i < count; ++i) {
        // Every clock starts low, so opening a model is no clock edge; a clock with phase p then
        // rises at ticks p, p + period, ... after now (the first at now + period when p is 0).
        const int64_t sinceRise = (h->now - phases[i]) % periods[i];
        const int64_t rel = sinceRise < 0 ? sinceRise + periods[i] : sinceRise;
        *ports[i] = 0;
        h->clocks.push_back(Clock{ports[i], periods[i] / 2, h->now + periods[i] - rel});
    }
    enter(h);
    guarded(h, [h] { evaluate(h); });
}

// Advances to the next edge of any clock; true when it was a rising edge of the first one.
inline bool advance(Harness* h) {
    int64_t t = h->clocks[0].nextToggle;
    for (size_t i = 1; i < h->clocks.size(); ++i) t = std::min(t, h->clocks[i].nextToggle);
    h->now = t;
    bool counted = false;
    for (size_t i = 0; i < h->clocks.size(); ++i) {
        Clock& c = h->clocks[i];
        if (c.nextToggle == t) {
            *c.port ^= 1;
            c.nextToggle += c.half;
            if (i == 0 && *c.port) counted = true;
        }
    }
    evaluate(h);
    return counted;
}

int64_t step(void* p, int64_t cycles) {
    Harness* h = static_cast<Harness*>(p);
    enter(h);
    int64_t done = 0;
    guarded(h, [h, cycles, &done] {
        Clock* const c = h->clocks.size() == 1 ? &h->clocks[0] : nullptr;
        if (c && *c->port && h->forces.empty() && !h->trace && h->status == HDL_OK) {
            // The common case, one clock high and nothing to watch: fall then rise, with nothing
            // between the evaluations but the status check, as a hand-written C++ loop would.
            uint8_t* const port = c->port;
            Vmodel* const model = h->model;
            while (done < cycles) {
                *port = 0;
                model->eval();
                *port = 1;
                model->eval();
                ++done;
                if (h->status != HDL_OK) break;
            }
            if (done > 0) {
                c->nextToggle += 2 * c->half * done;
                h->now = c->nextToggle - c->half;
            }
        }
        for (; done < cycles && h->status == HDL_OK; ++done) {
            if (h->clocks.empty()) {
                ++h->now;
                evaluate(h);
                continue;
            }
            while (!advance(h) && h->status == HDL_OK) {}
        }
    });
    // The cycle whose edge stopped the run counts as completed: its edge has happened.
    return done;
}

void eval(void* p) {
    Harness* h = static_cast<Harness*>(p);
    enter(h);
    guarded(h, [h] { evaluate(h); });
}

void force(void* p, uint8_t* byte, uint8_t mask, uint8_t value, int32_t on) {
    Harness* h = static_cast<Harness*>(p);
    auto same = [byte](const Force& f) { return f.byte == byte; };
    auto it = std::find_if(h->forces.begin(), h->forces.end(), same);
    if (it == h->forces.end() && on) {
        h->forces.push_back(Force{byte, 0, 0});
        it = h->forces.end() - 1;
    }
    if (it == h->forces.end()) return;
    it->mask = on ? (it->mask | mask) : (it->mask & ~mask);
    it->value = static_cast<uint8_t>((it->value & ~mask) | (value & mask));
    if (it->mask == 0) h->forces.erase(it);
    applyForces(h);
}

int32_t traceOpen(void* p, const char* path) {
    Harness* h = static_cast<Harness*>(p);
    if (h->trace) return 0;
    enter(h);
    h->traceFile = new TraceFile;
    h->trace = new VerilatedVcdC{h->traceFile};
    h->tracePath = path;
    h->model->trace(h->trace, 99);
    h->trace->open(path);
    if (!h->trace->isOpen()) {
        delete h->trace;
        delete h->traceFile;
        h->trace = nullptr;
        h->traceFile = nullptr;
        return 0;
    }
    h->trace->dump(static_cast<uint64_t>(h->now));
    checkTrace(h);
    return 1;
}

void traceClose(void* p) {
    Harness* h = static_cast<Harness*>(p);
    if (!h->trace) return;
    enter(h);
    closeTrace(h);
}

const int32_t* status(void* p) { return &static_cast<Harness*>(p)->status; }

const char* message(void* p) { return static_cast<Harness*>(p)->message.c_str(); }

const HdlModelApi api = {HDL_MODEL_ABI, create,    destroy,    find,   setClocks, step,   eval,
                         force,         traceOpen, traceClose, status, message};

}  // namespace

// The runtime is built with VL_USER_STOP/FATAL/FINISH, so these replace its versions that
// print and abort the whole process.
void vl_stop(const char* filename, int linenum, const char*) {
    Harness* h = running();
    if (h->status == HDL_OK) {
        h->status = HDL_STOP;
        h->message = where(filename, linenum);
    }
}

void vl_finish(const char* filename, int linenum, const char*) {
    Harness* h = running();
    if (h->status == HDL_OK) {
        h->status = HDL_FINISH;
        h->message = where(filename, linenum);
    }
}

void vl_fatal(const char* filename, int linenum, const char*, const char* msg) {
    throw Fatal(where(filename, linenum) + ": " + msg);
}

extern "C" const HdlModelApi* hdl_model_api(void) { return &api; }
