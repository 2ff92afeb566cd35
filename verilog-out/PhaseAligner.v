// PhaseAligner: generated from dev.gemini.clocking.PhaseAligner by hdl-dsl. Do not edit; run `make rtl`.
module PhaseAligner (                            // PhaseAligner.java:41
  input  wire late,                              // PhaseAligner.java:26
  input  wire clk,                               // PhaseAligner.java:41
  input  wire rst,                               // PhaseAligner.java:41
  output wire locked,                            // PhaseAligner.java:30
  output wire lockLost,                          // PhaseAligner.java:32
  output wire [5:0] tap,                         // PhaseAligner.java:46
  output wire [5:0] windowLo,                    // PhaseAligner.java:47
  output wire [5:0] windowHi                     // PhaseAligner.java:48
);
  reg  locked_reg;                               // PhaseAligner.java:30
  reg  lockLost_reg;                             // PhaseAligner.java:32
  reg  [5:0] current;                            // PhaseAligner.java:58
  reg  [5:0] lo;                                 // PhaseAligner.java:59
  reg  [5:0] hi;                                 // PhaseAligner.java:60
  reg  [4:0] dwell;                              // PhaseAligner.java:61
  reg  [4:0] lateCount;                          // PhaseAligner.java:62
  reg  seenEarly;                                // PhaseAligner.java:63
  reg  [7:0] swept;                              // PhaseAligner.java:64
  reg  [4:0] acc;                                // PhaseAligner.java:66
  reg  [4:0] holdoff;                            // PhaseAligner.java:67
  reg  lastUp;                                   // PhaseAligner.java:68
  reg  [2:0] run;                                // PhaseAligner.java:69
  reg  [6:0] sinceMove;                          // PhaseAligner.java:70
  wire sampling = dwell >= 5'd4;                 // PhaseAligner.java:72
  wire lastVote = dwell == 5'd19;                // PhaseAligner.java:73
  wire late_cast = late;                         // PhaseAligner.java:74
  wire [4:0] late_cast_ext = {4'd0, late_cast};  // PhaseAligner.java:74
  wire [4:0] total = lateCount + late_cast_ext;  // PhaseAligner.java:74
  wire allEarly = total == 5'd0;                 // PhaseAligner.java:75
  wire allLate = total == 5'd16;                 // PhaseAligner.java:76
  /* verilator lint_off UNUSEDSIGNAL */
  wire [5:0] current_sub_lo = current - lo;      // PhaseAligner.java:77
  /* verilator lint_on UNUSEDSIGNAL */
  wire [5:0] current_sub_lo_shr1 = {1'd0, current_sub_lo[5:1]}; // PhaseAligner.java:77
  wire [5:0] centre = lo + current_sub_lo_shr1;  // PhaseAligner.java:77
  wire [4:0] accUp = acc + 5'd1;                 // PhaseAligner.java:79
  wire [4:0] accDown = acc - 5'd1;               // PhaseAligner.java:80
  wire not_late = ~late;                         // PhaseAligner.java:81
  wire accUp_eq_16 = accUp == 5'd16;             // PhaseAligner.java:81
  wire moveUp = not_late & accUp_eq_16;          // PhaseAligner.java:81
  wire accDown_eq_0 = accDown == 5'd0;           // PhaseAligner.java:82
  wire moveDown = late & accDown_eq_0;           // PhaseAligner.java:82
  wire holdoff_eq_0 = holdoff == 5'd0;           // PhaseAligner.java:83
  wire moveUp_or_moveDown = moveUp | moveDown;   // PhaseAligner.java:83
  wire move = holdoff_eq_0 & moveUp_or_moveDown; // PhaseAligner.java:83
  wire quick = sinceMove <= 7'd64;               // PhaseAligner.java:84
  wire lastUp_eq_moveUp = lastUp == moveUp;      // PhaseAligner.java:85
  wire lastUp_eq_moveUp_and_quick = lastUp_eq_moveUp & quick; // PhaseAligner.java:85
  wire run_ne_0 = run != 3'd0;                   // PhaseAligner.java:85
  wire sameWay = lastUp_eq_moveUp_and_quick & run_ne_0; // PhaseAligner.java:85
  wire [2:0] run_add_1 = run + 3'd1;             // PhaseAligner.java:86
  wire [2:0] runNext = sameWay ? run_add_1 : 3'd1; // PhaseAligner.java:86
  wire runNext_eq_4 = runNext == 3'd4;           // PhaseAligner.java:87
  wire jumped = move & runNext_eq_4;             // PhaseAligner.java:87
  wire not_locked_reg = ~locked_reg;             // PhaseAligner.java:90
  wire not_lastVote = ~lastVote;                 // PhaseAligner.java:91
  wire [4:0] dwell_add_1 = dwell + 5'd1;         // PhaseAligner.java:92
  wire allLate_and_seenEarly = allLate & seenEarly; // PhaseAligner.java:97
  wire [5:0] current_add_1 = current + 6'd1;     // PhaseAligner.java:110
  wire swept_eq_127 = swept == 8'd127;           // PhaseAligner.java:112
  wire [7:0] swept_add_1 = swept + 8'd1;         // PhaseAligner.java:115
  wire sinceMove_ne_65 = sinceMove != 7'd65;     // PhaseAligner.java:119
  wire [6:0] sinceMove_add_1 = sinceMove + 7'd1; // PhaseAligner.java:119
  wire holdoff_ne_0 = holdoff != 5'd0;           // PhaseAligner.java:120
  wire [4:0] holdoff_sub_1 = holdoff - 5'd1;     // PhaseAligner.java:120
  wire [5:0] current_add_1_1 = current + 6'd1;   // PhaseAligner.java:122
  wire [5:0] current_sub_1 = current - 6'd1;     // PhaseAligner.java:122
  wire [5:0] mux_moveUp = moveUp ? current_add_1_1 : current_sub_1; // PhaseAligner.java:122
  wire [4:0] mux_late = late ? accDown : accUp;  // PhaseAligner.java:137
  always @(posedge clk) begin                    // PhaseAligner.java:30
    if (rst) begin
      locked_reg <= 1'd0;                        // PhaseAligner.java:30
    end else begin
      if (not_locked_reg) begin                  // PhaseAligner.java:90
        if (not_lastVote) begin                  // PhaseAligner.java:91
        end else if (allLate_and_seenEarly) begin // PhaseAligner.java:97
          locked_reg <= 1'd1;                    // PhaseAligner.java:100
        end
      end else if (holdoff_ne_0) begin           // PhaseAligner.java:120
      end else if (move) begin                   // PhaseAligner.java:121
        if (jumped) begin                        // PhaseAligner.java:128
          locked_reg <= 1'd0;                    // PhaseAligner.java:129
        end
      end
    end
  end
  assign locked = locked_reg;                    // PhaseAligner.java:30
  always @(posedge clk) begin                    // PhaseAligner.java:32
    if (rst) begin
      lockLost_reg <= 1'd0;                      // PhaseAligner.java:32
    end else begin
      lockLost_reg <= 1'd0;                      // PhaseAligner.java:89
      if (not_locked_reg) begin                  // PhaseAligner.java:90
      end else if (holdoff_ne_0) begin           // PhaseAligner.java:120
      end else if (move) begin                   // PhaseAligner.java:121
        if (jumped) begin                        // PhaseAligner.java:128
          lockLost_reg <= 1'd1;                  // PhaseAligner.java:130
        end
      end
    end
  end
  assign lockLost = lockLost_reg;                // PhaseAligner.java:32
  assign tap = current;                          // PhaseAligner.java:140
  assign windowLo = lo;                          // PhaseAligner.java:141
  assign windowHi = hi;                          // PhaseAligner.java:142
  always @(posedge clk) begin                    // PhaseAligner.java:58
    if (rst) begin
      current <= 6'd0;                           // PhaseAligner.java:58
    end else begin
      if (not_locked_reg) begin                  // PhaseAligner.java:90
        if (not_lastVote) begin                  // PhaseAligner.java:91
        end else if (allLate_and_seenEarly) begin // PhaseAligner.java:97
          current <= centre;                     // PhaseAligner.java:99
        end else begin
          current <= current_add_1;              // PhaseAligner.java:110
        end
      end else if (holdoff_ne_0) begin           // PhaseAligner.java:120
      end else if (move) begin                   // PhaseAligner.java:121
        current <= mux_moveUp;                   // PhaseAligner.java:122
      end
    end
  end
  always @(posedge clk) begin                    // PhaseAligner.java:59
    if (rst) begin
      lo <= 6'd0;                                // PhaseAligner.java:59
    end else begin
      if (not_locked_reg) begin                  // PhaseAligner.java:90
        if (not_lastVote) begin                  // PhaseAligner.java:91
        end else if (allLate_and_seenEarly) begin // PhaseAligner.java:97
        end else if (allEarly) begin             // PhaseAligner.java:106
          lo <= current;                         // PhaseAligner.java:108
        end
      end
    end
  end
  always @(posedge clk) begin                    // PhaseAligner.java:60
    if (rst) begin
      hi <= 6'd0;                                // PhaseAligner.java:60
    end else begin
      if (not_locked_reg) begin                  // PhaseAligner.java:90
        if (not_lastVote) begin                  // PhaseAligner.java:91
        end else if (allLate_and_seenEarly) begin // PhaseAligner.java:97
          hi <= current;                         // PhaseAligner.java:98
        end
      end
    end
  end
  always @(posedge clk) begin                    // PhaseAligner.java:61
    if (rst) begin
      dwell <= 5'd0;                             // PhaseAligner.java:61
    end else begin
      if (not_locked_reg) begin                  // PhaseAligner.java:90
        if (not_lastVote) begin                  // PhaseAligner.java:91
          dwell <= dwell_add_1;                  // PhaseAligner.java:92
        end else begin
          dwell <= 5'd0;                         // PhaseAligner.java:95
        end
      end else if (holdoff_ne_0) begin           // PhaseAligner.java:120
      end else if (move) begin                   // PhaseAligner.java:121
        if (jumped) begin                        // PhaseAligner.java:128
          dwell <= 5'd0;                         // PhaseAligner.java:133
        end
      end
    end
  end
  always @(posedge clk) begin                    // PhaseAligner.java:62
    if (rst) begin
      lateCount <= 5'd0;                         // PhaseAligner.java:62
    end else begin
      if (not_locked_reg) begin                  // PhaseAligner.java:90
        if (not_lastVote) begin                  // PhaseAligner.java:91
          if (sampling) begin                    // PhaseAligner.java:93
            lateCount <= total;                  // PhaseAligner.java:93
          end
        end else begin
          lateCount <= 5'd0;                     // PhaseAligner.java:96
        end
      end else if (holdoff_ne_0) begin           // PhaseAligner.java:120
      end else if (move) begin                   // PhaseAligner.java:121
        if (jumped) begin                        // PhaseAligner.java:128
          lateCount <= 5'd0;                     // PhaseAligner.java:134
        end
      end
    end
  end
  always @(posedge clk) begin                    // PhaseAligner.java:63
    if (rst) begin
      seenEarly <= 1'd0;                         // PhaseAligner.java:63
    end else begin
      if (not_locked_reg) begin                  // PhaseAligner.java:90
        if (not_lastVote) begin                  // PhaseAligner.java:91
        end else if (allLate_and_seenEarly) begin // PhaseAligner.java:97
        end else begin
          if (allEarly) begin                    // PhaseAligner.java:106
            seenEarly <= 1'd1;                   // PhaseAligner.java:107
          end
          if (swept_eq_127) begin                // PhaseAligner.java:112
            seenEarly <= 1'd0;                   // PhaseAligner.java:114
          end
        end
      end else if (holdoff_ne_0) begin           // PhaseAligner.java:120
      end else if (move) begin                   // PhaseAligner.java:121
        if (jumped) begin                        // PhaseAligner.java:128
          seenEarly <= 1'd0;                     // PhaseAligner.java:131
        end
      end
    end
  end
  always @(posedge clk) begin                    // PhaseAligner.java:64
    if (rst) begin
      swept <= 8'd0;                             // PhaseAligner.java:64
    end else begin
      if (not_locked_reg) begin                  // PhaseAligner.java:90
        if (not_lastVote) begin                  // PhaseAligner.java:91
        end else if (allLate_and_seenEarly) begin // PhaseAligner.java:97
        end else if (swept_eq_127) begin         // PhaseAligner.java:112
          swept <= 8'd0;                         // PhaseAligner.java:113
        end else begin
          swept <= swept_add_1;                  // PhaseAligner.java:115
        end
      end else if (holdoff_ne_0) begin           // PhaseAligner.java:120
      end else if (move) begin                   // PhaseAligner.java:121
        if (jumped) begin                        // PhaseAligner.java:128
          swept <= 8'd0;                         // PhaseAligner.java:132
        end
      end
    end
  end
  always @(posedge clk) begin                    // PhaseAligner.java:66
    if (rst) begin
      acc <= 5'd8;                               // PhaseAligner.java:66
    end else begin
      if (not_locked_reg) begin                  // PhaseAligner.java:90
        if (not_lastVote) begin                  // PhaseAligner.java:91
        end else if (allLate_and_seenEarly) begin // PhaseAligner.java:97
          acc <= 5'd8;                           // PhaseAligner.java:101
        end
      end else if (holdoff_ne_0) begin           // PhaseAligner.java:120
      end else if (move) begin                   // PhaseAligner.java:121
        acc <= 5'd8;                             // PhaseAligner.java:123
      end else begin
        acc <= mux_late;                         // PhaseAligner.java:137
      end
    end
  end
  always @(posedge clk) begin                    // PhaseAligner.java:67
    if (rst) begin
      holdoff <= 5'd0;                           // PhaseAligner.java:67
    end else begin
      if (not_locked_reg) begin                  // PhaseAligner.java:90
        if (not_lastVote) begin                  // PhaseAligner.java:91
        end else if (allLate_and_seenEarly) begin // PhaseAligner.java:97
          holdoff <= 5'd4;                       // PhaseAligner.java:102
        end
      end else if (holdoff_ne_0) begin           // PhaseAligner.java:120
        holdoff <= holdoff_sub_1;                // PhaseAligner.java:120
      end else if (move) begin                   // PhaseAligner.java:121
        holdoff <= 5'd4;                         // PhaseAligner.java:124
      end
    end
  end
  always @(posedge clk) begin                    // PhaseAligner.java:68
    if (rst) begin
      lastUp <= 1'd0;                            // PhaseAligner.java:68
    end else begin
      if (not_locked_reg) begin                  // PhaseAligner.java:90
      end else if (holdoff_ne_0) begin           // PhaseAligner.java:120
      end else if (move) begin                   // PhaseAligner.java:121
        lastUp <= moveUp;                        // PhaseAligner.java:125
      end
    end
  end
  always @(posedge clk) begin                    // PhaseAligner.java:69
    if (rst) begin
      run <= 3'd0;                               // PhaseAligner.java:69
    end else begin
      if (not_locked_reg) begin                  // PhaseAligner.java:90
        if (not_lastVote) begin                  // PhaseAligner.java:91
        end else if (allLate_and_seenEarly) begin // PhaseAligner.java:97
          run <= 3'd0;                           // PhaseAligner.java:103
        end
      end else if (holdoff_ne_0) begin           // PhaseAligner.java:120
      end else if (move) begin                   // PhaseAligner.java:121
        run <= runNext;                          // PhaseAligner.java:126
      end
    end
  end
  always @(posedge clk) begin                    // PhaseAligner.java:70
    if (rst) begin
      sinceMove <= 7'd0;                         // PhaseAligner.java:70
    end else begin
      if (not_locked_reg) begin                  // PhaseAligner.java:90
        if (not_lastVote) begin                  // PhaseAligner.java:91
        end else if (allLate_and_seenEarly) begin // PhaseAligner.java:97
          sinceMove <= 7'd0;                     // PhaseAligner.java:104
        end
      end else begin
        if (sinceMove_ne_65) begin               // PhaseAligner.java:119
          sinceMove <= sinceMove_add_1;          // PhaseAligner.java:119
        end
        if (holdoff_ne_0) begin                  // PhaseAligner.java:120
        end else if (move) begin                 // PhaseAligner.java:121
          sinceMove <= 7'd0;                     // PhaseAligner.java:127
        end
      end
    end
  end
endmodule
