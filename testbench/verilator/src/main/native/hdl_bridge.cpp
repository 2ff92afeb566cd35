// The JNI half of the harness, built once per machine: it loads model libraries privately
// (RTLD_LOCAL) and forwards to their C interface, so any number of models share one JVM.
#include <dlfcn.h>
#include <jni.h>

#include <cstdint>
#include <string>

#include "hdl_model_api.h"

namespace {

struct Loaded {
    void* library;
    const HdlModelApi* api;
    void* model;
    const int32_t* status;
};

Loaded* loaded(jlong handle) { return reinterpret_cast<Loaded*>(handle); }

void fail(JNIEnv* env, const std::string& message) {
    jclass type = env->FindClass("dev/hdl/sim/SimulationException");
    if (type) env->ThrowNew(type, message.c_str());
}

// Releases a Java string's UTF-8 copy when it goes out of scope.
class Utf {
  public:
    Utf(JNIEnv* env, jstring s) : env_(env), s_(s), chars_(env->GetStringUTFChars(s, nullptr)) {}
    ~Utf() {
        if (chars_) env_->ReleaseStringUTFChars(s_, chars_);
    }
    const char* get() const { return chars_; }

  private:
    JNIEnv* env_;
    jstring s_;
    const char* chars_;
};

}  // namespace

extern "C" {

JNIEXPORT jlong JNICALL Java_dev_hdl_verilator_NativeModel_open(JNIEnv* env, jclass,
                                                                     jstring path) {
    Utf file(env, path);
    // A model library stays loaded once loaded (NODELETE). glibc lends dlopen'ed libraries 512
    // bytes of static TLS over the life of the process and does not count an unloaded library's
    // share as returned: reloading one for every simulation of a design would soon use them up
    // and leave its evaluations on the slower dynamic TLS. Reopening is also faster.
    void* library = dlopen(file.get(), RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
    if (!library) {
        fail(env, std::string("cannot load model library: ") + dlerror());
        return 0;
    }
    using Entry = const HdlModelApi* (*)();
    Entry entry = reinterpret_cast<Entry>(dlsym(library, "hdl_model_api"));
    const HdlModelApi* api = entry ? entry() : nullptr;
    if (!api || api->abi != HDL_MODEL_ABI) {
        dlclose(library);
        fail(env, std::string(file.get()) + " is not a model library of this harness version");
        return 0;
    }
    void* model = api->create();
    if (*api->status(model) != HDL_OK) {
        std::string reason = api->message(model);
        api->destroy(model);
        dlclose(library);
        fail(env, "the model could not start: " + reason);
        return 0;
    }
    return reinterpret_cast<jlong>(new Loaded{library, api, model, api->status(model)});
}

JNIEXPORT void JNICALL Java_dev_hdl_verilator_NativeModel_close(JNIEnv*, jclass,
                                                                     jlong handle) {
    Loaded* l = loaded(handle);
    l->api->destroy(l->model);
    dlclose(l->library);
    delete l;
}

// info receives width, depth, lowest index and element bytes; null when there is no such variable.
JNIEXPORT jobject JNICALL Java_dev_hdl_verilator_NativeModel_find(JNIEnv* env, jclass,
                                                                       jlong handle, jstring scope,
                                                                       jstring name,
                                                                       jintArray info) {
    Loaded* l = loaded(handle);
    Utf s(env, scope);
    Utf n(env, name);
    HdlVarInfo var{};
    if (!l->api->find(l->model, s.get(), n.get(), &var)) return nullptr;
    const jint values[4] = {var.width, var.depth, var.low, var.elementBytes};
    env->SetIntArrayRegion(info, 0, 4, values);
    return env->NewDirectByteBuffer(var.data, var.bytes);
}

// Returns the model's status after the evaluation that applies the clocks' starting levels.
JNIEXPORT jint JNICALL Java_dev_hdl_verilator_NativeModel_setClocks(
    JNIEnv* env, jclass, jlong handle, jobjectArray ports, jintArray periods, jintArray phases) {
    Loaded* l = loaded(handle);
    const jsize count = env->GetArrayLength(ports);
    uint8_t* portData[16];
    jint periodData[16];
    jint phaseData[16];
    if (count > 16) {
        fail(env, "at most 16 clocks");
        return HDL_OK;
    }
    for (jsize i = 0; i < count; ++i) {
        jobject buffer = env->GetObjectArrayElement(ports, i);
        portData[i] = static_cast<uint8_t*>(env->GetDirectBufferAddress(buffer));
        env->DeleteLocalRef(buffer);
    }
    env->GetIntArrayRegion(periods, 0, count, periodData);
    env->GetIntArrayRegion(phases, 0, count, phaseData);
    l->api->setClocks(l->model, count, portData, periodData, phaseData);
    return *l->status;
}

// The cycles completed, or their complement (a negative number) when the model stopped: the
// status comes back with the step, so a cycle costs Java one native call.
JNIEXPORT jlong JNICALL Java_dev_hdl_verilator_NativeModel_step(JNIEnv*, jclass,
                                                                     jlong handle, jlong cycles) {
    Loaded* l = loaded(handle);
    const int64_t done = l->api->step(l->model, cycles);
    return *l->status == HDL_OK ? done : ~done;
}

// Returns the model's status after the evaluation.
JNIEXPORT jint JNICALL Java_dev_hdl_verilator_NativeModel_eval(JNIEnv*, jclass,
                                                                    jlong handle) {
    Loaded* l = loaded(handle);
    l->api->eval(l->model);
    return *l->status;
}

JNIEXPORT void JNICALL Java_dev_hdl_verilator_NativeModel_force(JNIEnv* env, jclass,
                                                                     jlong handle, jobject buffer,
                                                                     jint offset, jint mask,
                                                                     jint value, jboolean on) {
    Loaded* l = loaded(handle);
    uint8_t* byte = static_cast<uint8_t*>(env->GetDirectBufferAddress(buffer)) + offset;
    l->api->force(l->model, byte, static_cast<uint8_t>(mask), static_cast<uint8_t>(value),
                  on ? 1 : 0);
}

JNIEXPORT jboolean JNICALL Java_dev_hdl_verilator_NativeModel_traceOpen(JNIEnv* env,
                                                                             jclass, jlong handle,
                                                                             jstring path) {
    Loaded* l = loaded(handle);
    Utf file(env, path);
    return l->api->traceOpen(l->model, file.get()) ? JNI_TRUE : JNI_FALSE;
}

// Returns the model's status: whether the whole trace was written.
JNIEXPORT jint JNICALL Java_dev_hdl_verilator_NativeModel_traceClose(JNIEnv*, jclass,
                                                                          jlong handle) {
    Loaded* l = loaded(handle);
    l->api->traceClose(l->model);
    return *l->status;
}

JNIEXPORT jint JNICALL Java_dev_hdl_verilator_NativeModel_status(JNIEnv*, jclass,
                                                                      jlong handle) {
    return *loaded(handle)->status;
}

JNIEXPORT jstring JNICALL Java_dev_hdl_verilator_NativeModel_message(JNIEnv* env, jclass,
                                                                          jlong handle) {
    Loaded* l = loaded(handle);
    return env->NewStringUTF(l->api->message(l->model));
}

}  // extern "C"
