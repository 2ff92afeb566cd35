// Rv32Cpu: generated from dev.gemini.cpu.Rv32Cpu by hdl-dsl. Do not edit; run `make rtl`.
module Rv32Cpu (                                 // Rv32Cpu.java:46
  input  wire [31:0] hartId,                     // Rv32Cpu.java:18
  output wire [31:0] imemAddress,                // Rv32Cpu.java:20
  input  wire [31:0] imemData,                   // Rv32Cpu.java:21
  input  wire imemError,                         // Rv32Cpu.java:22
  output wire [31:0] dmemAddress,                // Rv32Cpu.java:24
  output wire dmemRead,                          // Rv32Cpu.java:25
  output wire dmemWrite,                         // Rv32Cpu.java:26
  output wire [31:0] dmemWriteData,              // Rv32Cpu.java:27
  output wire [3:0] dmemMask,                    // Rv32Cpu.java:28
  input  wire [31:0] dmemData,                   // Rv32Cpu.java:29
  input  wire dmemError,                         // Rv32Cpu.java:30
  output wire ioReqValid,                        // Rv32Cpu.java:32
  input  wire ioReqReady,                        // Rv32Cpu.java:33
  output wire ioReqWrite,                        // Rv32Cpu.java:34
  output wire [31:0] ioReqAddress,               // Rv32Cpu.java:35
  output wire [31:0] ioReqData,                  // Rv32Cpu.java:36
  output wire [3:0] ioReqMask,                   // Rv32Cpu.java:37
  input  wire ioRespValid,                       // Rv32Cpu.java:38
  input  wire [31:0] ioRespData,                 // Rv32Cpu.java:39
  input  wire ioRespError,                       // Rv32Cpu.java:40
  input  wire irqExternal,                       // Rv32Cpu.java:42
  output wire retire_valid,                      // Rv32Cpu.java:44
  output wire [31:0] retire_pc,                  // Rv32Cpu.java:44
  output wire [31:0] retire_word,                // Rv32Cpu.java:44
  output wire [4:0] retire_rd,                   // Rv32Cpu.java:44
  output wire [31:0] retire_rdValue,             // Rv32Cpu.java:44
  output wire retire_load,                       // Rv32Cpu.java:44
  output wire retire_store,                      // Rv32Cpu.java:44
  output wire [31:0] retire_memAddress,          // Rv32Cpu.java:44
  output wire [31:0] retire_memData,             // Rv32Cpu.java:44
  output wire retire_trap,                       // Rv32Cpu.java:44
  output wire [31:0] retire_cause,               // Rv32Cpu.java:44
  input  wire clk,                               // Rv32Cpu.java:46
  input  wire rst                                // Rv32Cpu.java:46
);
  wire [31:0] core_hartId;                       // Rv32Cpu.java:47
  wire [31:0] core_imemAddress;                  // Rv32Cpu.java:47
  wire [31:0] core_imemData;                     // Rv32Cpu.java:47
  wire core_imemError;                           // Rv32Cpu.java:47
  wire [31:0] core_dmemAddress;                  // Rv32Cpu.java:47
  wire core_dmemRead;                            // Rv32Cpu.java:47
  wire core_dmemWrite;                           // Rv32Cpu.java:47
  wire [31:0] core_dmemWriteData;                // Rv32Cpu.java:47
  wire [3:0] core_dmemMask;                      // Rv32Cpu.java:47
  wire [31:0] core_dmemData;                     // Rv32Cpu.java:47
  wire core_dmemError;                           // Rv32Cpu.java:47
  wire core_clk;                                 // Rv32Cpu.java:47
  wire core_rst;                                 // Rv32Cpu.java:47
  wire core_ioReqValid;                          // Rv32Cpu.java:47
  wire core_ioReqReady;                          // Rv32Cpu.java:47
  wire core_ioReqWrite;                          // Rv32Cpu.java:47
  wire [31:0] core_ioReqAddress;                 // Rv32Cpu.java:47
  wire [31:0] core_ioReqData;                    // Rv32Cpu.java:47
  wire [3:0] core_ioReqMask;                     // Rv32Cpu.java:47
  wire core_ioRespValid;                         // Rv32Cpu.java:47
  wire [31:0] core_ioRespData;                   // Rv32Cpu.java:47
  wire core_ioRespError;                         // Rv32Cpu.java:47
  wire core_irqExternal;                         // Rv32Cpu.java:47
  wire core_irqTimer;                            // Rv32Cpu.java:47
  wire core_irqSoftware;                         // Rv32Cpu.java:47
  wire core_retire_valid;                        // Rv32Cpu.java:47
  wire [31:0] core_retire_pc;                    // Rv32Cpu.java:47
  wire [31:0] core_retire_word;                  // Rv32Cpu.java:47
  wire [4:0] core_retire_rd;                     // Rv32Cpu.java:47
  wire [31:0] core_retire_rdValue;               // Rv32Cpu.java:47
  wire core_retire_load;                         // Rv32Cpu.java:47
  wire core_retire_store;                        // Rv32Cpu.java:47
  wire [31:0] core_retire_memAddress;            // Rv32Cpu.java:47
  wire [31:0] core_retire_memData;               // Rv32Cpu.java:47
  wire core_retire_trap;                         // Rv32Cpu.java:47
  wire [31:0] core_retire_cause;                 // Rv32Cpu.java:47
  wire timer_reqValid;                           // Rv32Cpu.java:48
  wire timer_reqWrite;                           // Rv32Cpu.java:48
  wire [15:0] timer_reqOffset;                   // Rv32Cpu.java:48
  wire [31:0] timer_reqData;                     // Rv32Cpu.java:48
  wire [3:0] timer_reqMask;                      // Rv32Cpu.java:48
  wire timer_clk;                                // Rv32Cpu.java:48
  wire timer_rst;                                // Rv32Cpu.java:48
  wire timer_respValid;                          // Rv32Cpu.java:48
  wire [31:0] timer_respData;                    // Rv32Cpu.java:48
  wire timer_respError;                          // Rv32Cpu.java:48
  wire timer_irqTimer;                           // Rv32Cpu.java:48
  wire timer_irqSoftware;                        // Rv32Cpu.java:48
  wire [15:0] core_ioReqAddress_31_16 = core_ioReqAddress[31:16]; // Rv32Cpu.java:63
  wire toTimer = core_ioReqAddress_31_16 == 16'd512; // Rv32Cpu.java:63
  wire core_ioReqValid_and_toTimer = core_ioReqValid & toTimer; // Rv32Cpu.java:64
  wire [15:0] core_ioReqAddress_15_0 = core_ioReqAddress[15:0]; // Rv32Cpu.java:66
  wire not_toTimer = ~toTimer;                   // Rv32Cpu.java:70
  wire core_ioReqValid_and_not_toTimer = core_ioReqValid & not_toTimer; // Rv32Cpu.java:70
  wire toTimer_or_ioReqReady = toTimer | ioReqReady; // Rv32Cpu.java:75
  wire timer_respValid_or_ioRespValid = timer_respValid | ioRespValid; // Rv32Cpu.java:77
  wire [31:0] mux_timer_respValid = timer_respValid ? timer_respData : ioRespData; // Rv32Cpu.java:78
  wire mux_timer_respValid_1 = timer_respValid ? timer_respError : ioRespError; // Rv32Cpu.java:79
  assign imemAddress = core_imemAddress;         // Rv32Cpu.java:51
  assign dmemAddress = core_dmemAddress;         // Rv32Cpu.java:55
  assign dmemRead = core_dmemRead;               // Rv32Cpu.java:56
  assign dmemWrite = core_dmemWrite;             // Rv32Cpu.java:57
  assign dmemWriteData = core_dmemWriteData;     // Rv32Cpu.java:58
  assign dmemMask = core_dmemMask;               // Rv32Cpu.java:59
  assign ioReqValid = core_ioReqValid_and_not_toTimer; // Rv32Cpu.java:70
  assign ioReqWrite = core_ioReqWrite;           // Rv32Cpu.java:71
  assign ioReqAddress = core_ioReqAddress;       // Rv32Cpu.java:72
  assign ioReqData = core_ioReqData;             // Rv32Cpu.java:73
  assign ioReqMask = core_ioReqMask;             // Rv32Cpu.java:74
  assign retire_valid = core_retire_valid;       // Rv32Cpu.java:85
  assign retire_pc = core_retire_pc;             // Rv32Cpu.java:85
  assign retire_word = core_retire_word;         // Rv32Cpu.java:85
  assign retire_rd = core_retire_rd;             // Rv32Cpu.java:85
  assign retire_rdValue = core_retire_rdValue;   // Rv32Cpu.java:85
  assign retire_load = core_retire_load;         // Rv32Cpu.java:85
  assign retire_store = core_retire_store;       // Rv32Cpu.java:85
  assign retire_memAddress = core_retire_memAddress; // Rv32Cpu.java:85
  assign retire_memData = core_retire_memData;   // Rv32Cpu.java:85
  assign retire_trap = core_retire_trap;         // Rv32Cpu.java:85
  assign retire_cause = core_retire_cause;       // Rv32Cpu.java:85
  assign core_hartId = hartId;                   // Rv32Cpu.java:50
  assign core_imemData = imemData;               // Rv32Cpu.java:52
  assign core_imemError = imemError;             // Rv32Cpu.java:53
  assign core_dmemData = dmemData;               // Rv32Cpu.java:60
  assign core_dmemError = dmemError;             // Rv32Cpu.java:61
  assign core_clk = clk;                         // Rv32Cpu.java:47
  assign core_rst = rst;                         // Rv32Cpu.java:47
  assign core_ioReqReady = toTimer_or_ioReqReady; // Rv32Cpu.java:75
  assign core_ioRespValid = timer_respValid_or_ioRespValid; // Rv32Cpu.java:77
  assign core_ioRespData = mux_timer_respValid;  // Rv32Cpu.java:78
  assign core_ioRespError = mux_timer_respValid_1; // Rv32Cpu.java:79
  assign core_irqExternal = irqExternal;         // Rv32Cpu.java:81
  assign core_irqTimer = timer_irqTimer;         // Rv32Cpu.java:82
  assign core_irqSoftware = timer_irqSoftware;   // Rv32Cpu.java:83
  assign timer_reqValid = core_ioReqValid_and_toTimer; // Rv32Cpu.java:64
  assign timer_reqWrite = core_ioReqWrite;       // Rv32Cpu.java:65
  assign timer_reqOffset = core_ioReqAddress_15_0; // Rv32Cpu.java:66
  assign timer_reqData = core_ioReqData;         // Rv32Cpu.java:67
  assign timer_reqMask = core_ioReqMask;         // Rv32Cpu.java:68
  assign timer_clk = clk;                        // Rv32Cpu.java:48
  assign timer_rst = rst;                        // Rv32Cpu.java:48
  Rv32Core core (                                // Rv32Cpu.java:47
    .hartId            (core_hartId),
    .imemAddress       (core_imemAddress),
    .imemData          (core_imemData),
    .imemError         (core_imemError),
    .dmemAddress       (core_dmemAddress),
    .dmemRead          (core_dmemRead),
    .dmemWrite         (core_dmemWrite),
    .dmemWriteData     (core_dmemWriteData),
    .dmemMask          (core_dmemMask),
    .dmemData          (core_dmemData),
    .dmemError         (core_dmemError),
    .clk               (core_clk),
    .rst               (core_rst),
    .ioReqValid        (core_ioReqValid),
    .ioReqReady        (core_ioReqReady),
    .ioReqWrite        (core_ioReqWrite),
    .ioReqAddress      (core_ioReqAddress),
    .ioReqData         (core_ioReqData),
    .ioReqMask         (core_ioReqMask),
    .ioRespValid       (core_ioRespValid),
    .ioRespData        (core_ioRespData),
    .ioRespError       (core_ioRespError),
    .irqExternal       (core_irqExternal),
    .irqTimer          (core_irqTimer),
    .irqSoftware       (core_irqSoftware),
    .retire_valid      (core_retire_valid),
    .retire_pc         (core_retire_pc),
    .retire_word       (core_retire_word),
    .retire_rd         (core_retire_rd),
    .retire_rdValue    (core_retire_rdValue),
    .retire_load       (core_retire_load),
    .retire_store      (core_retire_store),
    .retire_memAddress (core_retire_memAddress),
    .retire_memData    (core_retire_memData),
    .retire_trap       (core_retire_trap),
    .retire_cause      (core_retire_cause)
  );
  MachineTimer timer (                           // Rv32Cpu.java:48
    .reqValid    (timer_reqValid),
    .reqWrite    (timer_reqWrite),
    .reqOffset   (timer_reqOffset),
    .reqData     (timer_reqData),
    .reqMask     (timer_reqMask),
    .clk         (timer_clk),
    .rst         (timer_rst),
    .respValid   (timer_respValid),
    .respData    (timer_respData),
    .respError   (timer_respError),
    .irqTimer    (timer_irqTimer),
    .irqSoftware (timer_irqSoftware)
  );
endmodule
