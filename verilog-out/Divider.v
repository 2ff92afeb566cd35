// Divider: generated from dev.gemini.cpu.Divider by hdl-dsl. Do not edit; run `make rtl`.
module Divider (                                 // Divider.java:27
  input  wire start,                             // Divider.java:17
  input  wire [31:0] dividend,                   // Divider.java:18
  input  wire [31:0] divisor,                    // Divider.java:19
  /* verilator lint_off UNUSEDSIGNAL */
  input  wire [2:0] funct3,                      // Divider.java:21
  /* verilator lint_on UNUSEDSIGNAL */
  input  wire clk,                               // Divider.java:27
  input  wire rst,                               // Divider.java:27
  output wire busy,                              // Divider.java:23
  output wire done,                              // Divider.java:24
  output wire [31:0] result                      // Divider.java:25
);
  reg  busy_reg;                                 // Divider.java:23
  reg  done_reg;                                 // Divider.java:24
  wire funct3_0 = funct3[0];                     // Divider.java:28
  wire signed_ = ~funct3_0;                      // Divider.java:28
  wire dividend_31 = dividend[31];               // Divider.java:29
  wire dividendNegative = signed_ & dividend_31; // Divider.java:29
  wire divisor_31 = divisor[31];                 // Divider.java:30
  wire divisorNegative = signed_ & divisor_31;   // Divider.java:30
  reg  [31:0] remainder;                         // Divider.java:32
  reg  [31:0] quotient;                          // Divider.java:33
  reg  [31:0] magnitude;                         // Divider.java:34
  reg  [5:0] count;                              // Divider.java:35
  reg  negateQuotient;                           // Divider.java:36
  reg  negateRemainder;                          // Divider.java:37
  reg  wantRemainder;                            // Divider.java:38
  wire quotient_31 = quotient[31];               // Divider.java:41
  wire [32:0] shifted = {remainder, quotient_31}; // Divider.java:41
  wire [32:0] magnitude_ext = {1'd0, magnitude}; // Divider.java:42
  /* verilator lint_off UNUSEDSIGNAL */
  wire [33:0] difference = {1'd0, shifted} - {1'd0, magnitude_ext}; // Divider.java:42
  /* verilator lint_on UNUSEDSIGNAL */
  wire difference_33 = difference[33];           // Divider.java:43
  wire fits = ~difference_33;                    // Divider.java:43
  wire [31:0] not_dividend = ~dividend;          // Divider.java:48
  wire [31:0] not_dividend_add_1 = not_dividend + 32'd1; // Divider.java:48
  wire [31:0] mux_dividendNegative = dividendNegative ? not_dividend_add_1 : dividend; // Divider.java:48
  wire [31:0] not_divisor = ~divisor;            // Divider.java:49
  wire [31:0] not_divisor_add_1 = not_divisor + 32'd1; // Divider.java:49
  wire [31:0] mux_divisorNegative = divisorNegative ? not_divisor_add_1 : divisor; // Divider.java:49
  wire dividendNegative_xor_divisorNegative = dividendNegative ^ divisorNegative; // Divider.java:50
  wire divisor_ne_0 = divisor != 32'd0;          // Divider.java:50
  wire dividendNegative_xor_divisorNegative_and = dividendNegative_xor_divisorNegative & divisor_ne_0; // Divider.java:50
  wire funct3_1 = funct3[1];                     // Divider.java:52
  wire [31:0] difference_31_0 = difference[31:0]; // Divider.java:56
  wire [31:0] shifted_31_0 = shifted[31:0];      // Divider.java:56
  wire [31:0] mux_fits = fits ? difference_31_0 : shifted_31_0; // Divider.java:56
  wire [30:0] quotient_30_0 = quotient[30:0];    // Divider.java:57
  wire [31:0] cat_quotient_30_0_fits = {quotient_30_0, fits}; // Divider.java:57
  wire [5:0] count_sub_1 = count - 6'd1;         // Divider.java:58
  wire count_eq_1 = count == 6'd1;               // Divider.java:59
  wire [31:0] not_remainder = ~remainder;        // Divider.java:64
  wire [31:0] not_remainder_add_1 = not_remainder + 32'd1; // Divider.java:64
  wire [31:0] mux_negateRemainder = negateRemainder ? not_remainder_add_1 : remainder; // Divider.java:64
  wire [31:0] not_quotient = ~quotient;          // Divider.java:65
  wire [31:0] not_quotient_add_1 = not_quotient + 32'd1; // Divider.java:65
  wire [31:0] mux_negateQuotient = negateQuotient ? not_quotient_add_1 : quotient; // Divider.java:65
  wire [31:0] mux_wantRemainder = wantRemainder ? mux_negateRemainder : mux_negateQuotient; // Divider.java:64
  always @(posedge clk) begin                    // Divider.java:23
    if (rst) begin
      busy_reg <= 1'd0;                          // Divider.java:23
    end else begin
      if (start) begin                           // Divider.java:46
        busy_reg <= 1'd1;                        // Divider.java:54
      end else if (busy_reg) begin               // Divider.java:55
        if (count_eq_1) begin                    // Divider.java:59
          busy_reg <= 1'd0;                      // Divider.java:60
        end
      end
    end
  end
  assign busy = busy_reg;                        // Divider.java:23
  always @(posedge clk) begin                    // Divider.java:24
    if (rst) begin
      done_reg <= 1'd0;                          // Divider.java:24
    end else begin
      done_reg <= 1'd0;                          // Divider.java:45
      if (start) begin                           // Divider.java:46
      end else if (busy_reg) begin               // Divider.java:55
        if (count_eq_1) begin                    // Divider.java:59
          done_reg <= 1'd1;                      // Divider.java:61
        end
      end
    end
  end
  assign done = done_reg;                        // Divider.java:24
  assign result = mux_wantRemainder;             // Divider.java:64
  always @(posedge clk) begin                    // Divider.java:32
    if (rst) begin
      remainder <= 32'd0;                        // Divider.java:32
    end else begin
      if (start) begin                           // Divider.java:46
        remainder <= 32'd0;                      // Divider.java:47
      end else if (busy_reg) begin               // Divider.java:55
        remainder <= mux_fits;                   // Divider.java:56
      end
    end
  end
  always @(posedge clk) begin                    // Divider.java:33
    if (rst) begin
      quotient <= 32'd0;                         // Divider.java:33
    end else begin
      if (start) begin                           // Divider.java:46
        quotient <= mux_dividendNegative;        // Divider.java:48
      end else if (busy_reg) begin               // Divider.java:55
        quotient <= cat_quotient_30_0_fits;      // Divider.java:57
      end
    end
  end
  always @(posedge clk) begin                    // Divider.java:34
    if (rst) begin
      magnitude <= 32'd0;                        // Divider.java:34
    end else begin
      if (start) begin                           // Divider.java:46
        magnitude <= mux_divisorNegative;        // Divider.java:49
      end
    end
  end
  always @(posedge clk) begin                    // Divider.java:35
    if (rst) begin
      count <= 6'd0;                             // Divider.java:35
    end else begin
      if (start) begin                           // Divider.java:46
        count <= 6'd32;                          // Divider.java:53
      end else if (busy_reg) begin               // Divider.java:55
        count <= count_sub_1;                    // Divider.java:58
      end
    end
  end
  always @(posedge clk) begin                    // Divider.java:36
    if (rst) begin
      negateQuotient <= 1'd0;                    // Divider.java:36
    end else begin
      if (start) begin                           // Divider.java:46
        negateQuotient <= dividendNegative_xor_divisorNegative_and; // Divider.java:50
      end
    end
  end
  always @(posedge clk) begin                    // Divider.java:37
    if (rst) begin
      negateRemainder <= 1'd0;                   // Divider.java:37
    end else begin
      if (start) begin                           // Divider.java:46
        negateRemainder <= dividendNegative;     // Divider.java:51
      end
    end
  end
  always @(posedge clk) begin                    // Divider.java:38
    if (rst) begin
      wantRemainder <= 1'd0;                     // Divider.java:38
    end else begin
      if (start) begin                           // Divider.java:46
        wantRemainder <= funct3_1;               // Divider.java:52
      end
    end
  end
endmodule
