// PhaseAligner: generated from dev.gemini.clocking.PhaseAligner by hdl-dsl. Do not edit; run `make rtl`.
module PhaseAligner (                            // PhaseAligner.java:41
  input  wire late,                              // PhaseAligner.java:26
  output wire locked,                            // PhaseAligner.java:30
  output wire lockLost,                          // PhaseAligner.java:32
  output wire [5:0] tap,                         // PhaseAligner.java:46
  output wire [5:0] windowLo,                    // PhaseAligner.java:47
  output wire [5:0] windowHi,                    // PhaseAligner.java:48
  input  wire clk,                               // PhaseAligner.java:41
  input  wire rst                                // PhaseAligner.java:41
);
  reg  [5:0] current;                            // PhaseAligner.java:58
  reg  [5:0] lo;                                 // PhaseAligner.java:59
  reg  [5:0] hi;                                 // PhaseAligner.java:60
  reg  tracking;                                 // PhaseAligner.java:61
  reg  [4:0] dwell;                              // PhaseAligner.java:62
  reg  [4:0] lateCount;                          // PhaseAligner.java:63
  reg  seenEarly;                                // PhaseAligner.java:64
  reg  [7:0] swept;                              // PhaseAligner.java:65
  reg  [4:0] acc;                                // PhaseAligner.java:67
  reg  [4:0] holdoff;                            // PhaseAligner.java:68
  reg  lastUp;                                   // PhaseAligner.java:69
  reg  [2:0] run;                                // PhaseAligner.java:70
  reg  [6:0] sinceMove;                          // PhaseAligner.java:71
  reg  lostPulse;                                // PhaseAligner.java:72
  wire sampling = dwell >= 5'd4;                 // PhaseAligner.java:74
  wire lastVote = dwell == 5'd19;                // PhaseAligner.java:75
  wire late_cast = late;                         // PhaseAligner.java:76
  wire [4:0] late_cast_ext = {4'd0, late_cast};  // PhaseAligner.java:76
  wire [4:0] total = lateCount + late_cast_ext;  // PhaseAligner.java:76
  wire allEarly = total == 5'd0;                 // PhaseAligner.java:77
  wire allLate = total == 5'd16;                 // PhaseAligner.java:78
  /* verilator lint_off UNUSEDSIGNAL */
  wire [5:0] current_sub_lo = current - lo;      // PhaseAligner.java:79
  /* verilator lint_on UNUSEDSIGNAL */
  wire [5:0] current_sub_lo_shr1 = {1'd0, current_sub_lo[5:1]}; // PhaseAligner.java:79
  wire [5:0] centre = lo + current_sub_lo_shr1;  // PhaseAligner.java:79
  wire [4:0] accUp = acc + 5'd1;                 // PhaseAligner.java:81
  wire [4:0] accDown = acc - 5'd1;               // PhaseAligner.java:82
  wire not_late = ~late;                         // PhaseAligner.java:83
  wire accUp_eq_16 = accUp == 5'd16;             // PhaseAligner.java:83
  wire moveUp = not_late & accUp_eq_16;          // PhaseAligner.java:83
  wire accDown_eq_0 = accDown == 5'd0;           // PhaseAligner.java:84
  wire moveDown = late & accDown_eq_0;           // PhaseAligner.java:84
  wire holdoff_eq_0 = holdoff == 5'd0;           // PhaseAligner.java:85
  wire moveUp_or_moveDown = moveUp | moveDown;   // PhaseAligner.java:85
  wire move = holdoff_eq_0 & moveUp_or_moveDown; // PhaseAligner.java:85
  wire quick = sinceMove <= 7'd64;               // PhaseAligner.java:86
  wire lastUp_eq_moveUp = lastUp == moveUp;      // PhaseAligner.java:87
  wire lastUp_eq_moveUp_and_quick = lastUp_eq_moveUp & quick; // PhaseAligner.java:87
  wire run_ne_0 = run != 3'd0;                   // PhaseAligner.java:87
  wire sameWay = lastUp_eq_moveUp_and_quick & run_ne_0; // PhaseAligner.java:87
  wire [2:0] run_add_1 = run + 3'd1;             // PhaseAligner.java:88
  wire [2:0] runNext = sameWay ? run_add_1 : 3'd1; // PhaseAligner.java:88
  wire runNext_eq_4 = runNext == 3'd4;           // PhaseAligner.java:89
  wire jumped = move & runNext_eq_4;             // PhaseAligner.java:89
  wire not_tracking = ~tracking;                 // PhaseAligner.java:92
  wire not_lastVote = ~lastVote;                 // PhaseAligner.java:93
  wire [4:0] dwell_add_1 = dwell + 5'd1;         // PhaseAligner.java:94
  wire allLate_and_seenEarly = allLate & seenEarly; // PhaseAligner.java:99
  wire [5:0] current_add_1 = current + 6'd1;     // PhaseAligner.java:112
  wire swept_eq_127 = swept == 8'd127;           // PhaseAligner.java:114
  wire [7:0] swept_add_1 = swept + 8'd1;         // PhaseAligner.java:117
  wire sinceMove_ne_65 = sinceMove != 7'd65;     // PhaseAligner.java:121
  wire [6:0] sinceMove_add_1 = sinceMove + 7'd1; // PhaseAligner.java:121
  wire holdoff_ne_0 = holdoff != 5'd0;           // PhaseAligner.java:122
  wire [4:0] holdoff_sub_1 = holdoff - 5'd1;     // PhaseAligner.java:122
  wire [5:0] current_add_1_1 = current + 6'd1;   // PhaseAligner.java:124
  wire [5:0] current_sub_1 = current - 6'd1;     // PhaseAligner.java:124
  wire [5:0] mux_moveUp = moveUp ? current_add_1_1 : current_sub_1; // PhaseAligner.java:124
  wire [4:0] mux_late = late ? accDown : accUp;  // PhaseAligner.java:139
  assign locked = tracking;                      // PhaseAligner.java:145
  assign lockLost = lostPulse;                   // PhaseAligner.java:146
  assign tap = current;                          // PhaseAligner.java:142
  assign windowLo = lo;                          // PhaseAligner.java:143
  assign windowHi = hi;                          // PhaseAligner.java:144
  always @(posedge clk) begin                    // PhaseAligner.java:58
    if (rst) begin
      current <= 6'd0;                           // PhaseAligner.java:58
    end else begin
      if (not_tracking) begin                    // PhaseAligner.java:92
        if (not_lastVote) begin                  // PhaseAligner.java:93
        end else if (allLate_and_seenEarly) begin // PhaseAligner.java:99
          current <= centre;                     // PhaseAligner.java:101
        end else begin
          current <= current_add_1;              // PhaseAligner.java:112
        end
      end else if (holdoff_ne_0) begin           // PhaseAligner.java:122
      end else if (move) begin                   // PhaseAligner.java:123
        current <= mux_moveUp;                   // PhaseAligner.java:124
      end
    end
  end
  always @(posedge clk) begin                    // PhaseAligner.java:59
    if (rst) begin
      lo <= 6'd0;                                // PhaseAligner.java:59
    end else begin
      if (not_tracking) begin                    // PhaseAligner.java:92
        if (not_lastVote) begin                  // PhaseAligner.java:93
        end else if (allLate_and_seenEarly) begin // PhaseAligner.java:99
        end else if (allEarly) begin             // PhaseAligner.java:108
          lo <= current;                         // PhaseAligner.java:110
        end
      end
    end
  end
  always @(posedge clk) begin                    // PhaseAligner.java:60
    if (rst) begin
      hi <= 6'd0;                                // PhaseAligner.java:60
    end else begin
      if (not_tracking) begin                    // PhaseAligner.java:92
        if (not_lastVote) begin                  // PhaseAligner.java:93
        end else if (allLate_and_seenEarly) begin // PhaseAligner.java:99
          hi <= current;                         // PhaseAligner.java:100
        end
      end
    end
  end
  always @(posedge clk) begin                    // PhaseAligner.java:61
    if (rst) begin
      tracking <= 1'd0;                          // PhaseAligner.java:61
    end else begin
      if (not_tracking) begin                    // PhaseAligner.java:92
        if (not_lastVote) begin                  // PhaseAligner.java:93
        end else if (allLate_and_seenEarly) begin // PhaseAligner.java:99
          tracking <= 1'd1;                      // PhaseAligner.java:102
        end
      end else if (holdoff_ne_0) begin           // PhaseAligner.java:122
      end else if (move) begin                   // PhaseAligner.java:123
        if (jumped) begin                        // PhaseAligner.java:130
          tracking <= 1'd0;                      // PhaseAligner.java:131
        end
      end
    end
  end
  always @(posedge clk) begin                    // PhaseAligner.java:62
    if (rst) begin
      dwell <= 5'd0;                             // PhaseAligner.java:62
    end else begin
      if (not_tracking) begin                    // PhaseAligner.java:92
        if (not_lastVote) begin                  // PhaseAligner.java:93
          dwell <= dwell_add_1;                  // PhaseAligner.java:94
        end else begin
          dwell <= 5'd0;                         // PhaseAligner.java:97
        end
      end else if (holdoff_ne_0) begin           // PhaseAligner.java:122
      end else if (move) begin                   // PhaseAligner.java:123
        if (jumped) begin                        // PhaseAligner.java:130
          dwell <= 5'd0;                         // PhaseAligner.java:135
        end
      end
    end
  end
  always @(posedge clk) begin                    // PhaseAligner.java:63
    if (rst) begin
      lateCount <= 5'd0;                         // PhaseAligner.java:63
    end else begin
      if (not_tracking) begin                    // PhaseAligner.java:92
        if (not_lastVote) begin                  // PhaseAligner.java:93
          if (sampling) begin                    // PhaseAligner.java:95
            lateCount <= total;                  // PhaseAligner.java:95
          end
        end else begin
          lateCount <= 5'd0;                     // PhaseAligner.java:98
        end
      end else if (holdoff_ne_0) begin           // PhaseAligner.java:122
      end else if (move) begin                   // PhaseAligner.java:123
        if (jumped) begin                        // PhaseAligner.java:130
          lateCount <= 5'd0;                     // PhaseAligner.java:136
        end
      end
    end
  end
  always @(posedge clk) begin                    // PhaseAligner.java:64
    if (rst) begin
      seenEarly <= 1'd0;                         // PhaseAligner.java:64
    end else begin
      if (not_tracking) begin                    // PhaseAligner.java:92
        if (not_lastVote) begin                  // PhaseAligner.java:93
        end else if (allLate_and_seenEarly) begin // PhaseAligner.java:99
        end else begin
          if (allEarly) begin                    // PhaseAligner.java:108
            seenEarly <= 1'd1;                   // PhaseAligner.java:109
          end
          if (swept_eq_127) begin                // PhaseAligner.java:114
            seenEarly <= 1'd0;                   // PhaseAligner.java:116
          end
        end
      end else if (holdoff_ne_0) begin           // PhaseAligner.java:122
      end else if (move) begin                   // PhaseAligner.java:123
        if (jumped) begin                        // PhaseAligner.java:130
          seenEarly <= 1'd0;                     // PhaseAligner.java:133
        end
      end
    end
  end
  always @(posedge clk) begin                    // PhaseAligner.java:65
    if (rst) begin
      swept <= 8'd0;                             // PhaseAligner.java:65
    end else begin
      if (not_tracking) begin                    // PhaseAligner.java:92
        if (not_lastVote) begin                  // PhaseAligner.java:93
        end else if (allLate_and_seenEarly) begin // PhaseAligner.java:99
        end else if (swept_eq_127) begin         // PhaseAligner.java:114
          swept <= 8'd0;                         // PhaseAligner.java:115
        end else begin
          swept <= swept_add_1;                  // PhaseAligner.java:117
        end
      end else if (holdoff_ne_0) begin           // PhaseAligner.java:122
      end else if (move) begin                   // PhaseAligner.java:123
        if (jumped) begin                        // PhaseAligner.java:130
          swept <= 8'd0;                         // PhaseAligner.java:134
        end
      end
    end
  end
  always @(posedge clk) begin                    // PhaseAligner.java:67
    if (rst) begin
      acc <= 5'd8;                               // PhaseAligner.java:67
    end else begin
      if (not_tracking) begin                    // PhaseAligner.java:92
        if (not_lastVote) begin                  // PhaseAligner.java:93
        end else if (allLate_and_seenEarly) begin // PhaseAligner.java:99
          acc <= 5'd8;                           // PhaseAligner.java:103
        end
      end else if (holdoff_ne_0) begin           // PhaseAligner.java:122
      end else if (move) begin                   // PhaseAligner.java:123
        acc <= 5'd8;                             // PhaseAligner.java:125
      end else begin
        acc <= mux_late;                         // PhaseAligner.java:139
      end
    end
  end
  always @(posedge clk) begin                    // PhaseAligner.java:68
    if (rst) begin
      holdoff <= 5'd0;                           // PhaseAligner.java:68
    end else begin
      if (not_tracking) begin                    // PhaseAligner.java:92
        if (not_lastVote) begin                  // PhaseAligner.java:93
        end else if (allLate_and_seenEarly) begin // PhaseAligner.java:99
          holdoff <= 5'd4;                       // PhaseAligner.java:104
        end
      end else if (holdoff_ne_0) begin           // PhaseAligner.java:122
        holdoff <= holdoff_sub_1;                // PhaseAligner.java:122
      end else if (move) begin                   // PhaseAligner.java:123
        holdoff <= 5'd4;                         // PhaseAligner.java:126
      end
    end
  end
  always @(posedge clk) begin                    // PhaseAligner.java:69
    if (rst) begin
      lastUp <= 1'd0;                            // PhaseAligner.java:69
    end else begin
      if (not_tracking) begin                    // PhaseAligner.java:92
      end else if (holdoff_ne_0) begin           // PhaseAligner.java:122
      end else if (move) begin                   // PhaseAligner.java:123
        lastUp <= moveUp;                        // PhaseAligner.java:127
      end
    end
  end
  always @(posedge clk) begin                    // PhaseAligner.java:70
    if (rst) begin
      run <= 3'd0;                               // PhaseAligner.java:70
    end else begin
      if (not_tracking) begin                    // PhaseAligner.java:92
        if (not_lastVote) begin                  // PhaseAligner.java:93
        end else if (allLate_and_seenEarly) begin // PhaseAligner.java:99
          run <= 3'd0;                           // PhaseAligner.java:105
        end
      end else if (holdoff_ne_0) begin           // PhaseAligner.java:122
      end else if (move) begin                   // PhaseAligner.java:123
        run <= runNext;                          // PhaseAligner.java:128
      end
    end
  end
  always @(posedge clk) begin                    // PhaseAligner.java:71
    if (rst) begin
      sinceMove <= 7'd0;                         // PhaseAligner.java:71
    end else begin
      if (not_tracking) begin                    // PhaseAligner.java:92
        if (not_lastVote) begin                  // PhaseAligner.java:93
        end else if (allLate_and_seenEarly) begin // PhaseAligner.java:99
          sinceMove <= 7'd0;                     // PhaseAligner.java:106
        end
      end else begin
        if (sinceMove_ne_65) begin               // PhaseAligner.java:121
          sinceMove <= sinceMove_add_1;          // PhaseAligner.java:121
        end
        if (holdoff_ne_0) begin                  // PhaseAligner.java:122
        end else if (move) begin                 // PhaseAligner.java:123
          sinceMove <= 7'd0;                     // PhaseAligner.java:129
        end
      end
    end
  end
  always @(posedge clk) begin                    // PhaseAligner.java:72
    if (rst) begin
      lostPulse <= 1'd0;                         // PhaseAligner.java:72
    end else begin
      lostPulse <= 1'd0;                         // PhaseAligner.java:91
      if (not_tracking) begin                    // PhaseAligner.java:92
      end else if (holdoff_ne_0) begin           // PhaseAligner.java:122
      end else if (move) begin                   // PhaseAligner.java:123
        if (jumped) begin                        // PhaseAligner.java:130
          lostPulse <= 1'd1;                     // PhaseAligner.java:132
        end
      end
    end
  end
endmodule
