// DirtyBitmap_p4: generated from dev.gemini.datamover.DirtyBitmap by hdl-dsl. Do not edit; run `make rtl`.
module DirtyBitmap_p4 (                          // DirtyBitmap.java:43
  input  wire markValid,                         // DirtyBitmap.java:25
  output wire markFresh,                         // DirtyBitmap.java:28
  input  wire retryValid_0,                      // DirtyBitmap.java:30
  input  wire retryValid_1,                      // DirtyBitmap.java:30
  input  wire retryValid_2,                      // DirtyBitmap.java:30
  input  wire clearValid,                        // DirtyBitmap.java:32
  input  wire setAll,                            // DirtyBitmap.java:35
  output wire found,                             // DirtyBitmap.java:38
  input  wire [3:0] markPage,                    // DirtyBitmap.java:52
  input  wire [3:0] retryPage_0,                 // DirtyBitmap.java:53
  input  wire [3:0] retryPage_1,                 // DirtyBitmap.java:53
  input  wire [3:0] retryPage_2,                 // DirtyBitmap.java:53
  input  wire [3:0] clearPage,                   // DirtyBitmap.java:54
  input  wire [4:0] from,                        // DirtyBitmap.java:55
  output wire [3:0] foundPage,                   // DirtyBitmap.java:56
  output wire [4:0] dirtyPages,                  // DirtyBitmap.java:57
  input  wire clk,                               // DirtyBitmap.java:43
  input  wire rst                                // DirtyBitmap.java:43
);
  reg  [15:0] bitmap_0;                          // DirtyBitmap.java:61
  wire [3:0] clearPage_3_0 = clearPage;          // DirtyBitmap.java:127
  wire [15:0] bit_ = 16'd1 << clearPage_3_0;     // DirtyBitmap.java:127
  wire [15:0] mux_clearValid = clearValid ? bit_ : 16'd0; // DirtyBitmap.java:128
  wire [15:0] not_mux_clearValid = ~mux_clearValid; // DirtyBitmap.java:67
  wire [15:0] cleared = bitmap_0 & not_mux_clearValid; // DirtyBitmap.java:67
  wire [3:0] markPage_3_0 = markPage;            // DirtyBitmap.java:127
  wire [15:0] bit__1 = 16'd1 << markPage_3_0;    // DirtyBitmap.java:127
  wire [15:0] mux_markValid = markValid ? bit__1 : 16'd0; // DirtyBitmap.java:128
  wire [15:0] marked = cleared | mux_markValid;  // DirtyBitmap.java:68
  wire [3:0] retryPage_0_3_0 = retryPage_0;      // DirtyBitmap.java:127
  wire [15:0] bit__2 = 16'd1 << retryPage_0_3_0; // DirtyBitmap.java:127
  wire [15:0] mux_retryValid_0 = retryValid_0 ? bit__2 : 16'd0; // DirtyBitmap.java:128
  wire [15:0] marked_1 = marked | mux_retryValid_0; // DirtyBitmap.java:70
  wire [3:0] retryPage_1_3_0 = retryPage_1;      // DirtyBitmap.java:127
  wire [15:0] bit__3 = 16'd1 << retryPage_1_3_0; // DirtyBitmap.java:127
  wire [15:0] mux_retryValid_1 = retryValid_1 ? bit__3 : 16'd0; // DirtyBitmap.java:128
  wire [15:0] marked_2 = marked_1 | mux_retryValid_1; // DirtyBitmap.java:70
  wire [3:0] retryPage_2_3_0 = retryPage_2;      // DirtyBitmap.java:127
  wire [15:0] bit__4 = 16'd1 << retryPage_2_3_0; // DirtyBitmap.java:127
  wire [15:0] mux_retryValid_2 = retryValid_2 ? bit__4 : 16'd0; // DirtyBitmap.java:128
  wire [15:0] marked_3 = marked_2 | mux_retryValid_2; // DirtyBitmap.java:70
  wire [15:0] not_0 = ~16'd0;                    // DirtyBitmap.java:72
  wire [15:0] mux_setAll = setAll ? not_0 : marked_3; // DirtyBitmap.java:72
  wire [3:0] markPage_3_0_1 = markPage;          // DirtyBitmap.java:75
  /* verilator lint_off UNUSEDSIGNAL */
  wire [15:0] bitmap_0_dshr_markPage_3_0_1 = bitmap_0 >> markPage_3_0_1; // DirtyBitmap.java:75
  /* verilator lint_on UNUSEDSIGNAL */
  wire markedBit = bitmap_0_dshr_markPage_3_0_1[0]; // DirtyBitmap.java:75
  wire not_markedBit = ~markedBit;               // DirtyBitmap.java:76
  wire clearPage_eq_markPage = clearPage == markPage; // DirtyBitmap.java:76
  wire clearValid_and_clearPage_eq_markPage = clearValid & clearPage_eq_markPage; // DirtyBitmap.java:76
  wire not_markedBit_or_clearValid_and = not_markedBit | clearValid_and_clearPage_eq_markPage; // DirtyBitmap.java:76
  wire [3:0] fromBit = from[3:0];                // DirtyBitmap.java:79
  wire fromWord = from[4];                       // DirtyBitmap.java:80
  wire [15:0] ones = ~16'd0;                     // DirtyBitmap.java:81
  wire [15:0] ones_dshl_fromBit = ones << fromBit; // DirtyBitmap.java:84
  wire [15:0] masked = bitmap_0 & ones_dshl_fromBit; // DirtyBitmap.java:84
  wire fromWord_eq_0 = fromWord == 1'd0;         // DirtyBitmap.java:87
  wire [15:0] candidates_0 = fromWord_eq_0 ? masked : 16'd0; // DirtyBitmap.java:87
  wire [7:0] candidates_0_7_0 = candidates_0[7:0]; // BitScan.java:25
  wire [3:0] candidates_0_7_0_3_0 = candidates_0_7_0[3:0]; // BitScan.java:25
  wire [1:0] candidates_0_7_0_3_0_1_0 = candidates_0_7_0_3_0[1:0]; // BitScan.java:25
  wire low_any = |candidates_0_7_0_3_0_1_0;      // BitScan.java:22
  wire candidates_0_7_0_3_0_1_0_0 = candidates_0_7_0_3_0_1_0[0]; // BitScan.java:22
  wire not_candidates_0_7_0_3_0_1_0_0 = ~candidates_0_7_0_3_0_1_0_0; // BitScan.java:22
  wire low_index = not_candidates_0_7_0_3_0_1_0_0; // BitScan.java:22
  wire [1:0] candidates_0_7_0_3_0_3_2 = candidates_0_7_0_3_0[3:2]; // BitScan.java:26
  wire high_any = |candidates_0_7_0_3_0_3_2;     // BitScan.java:22
  wire candidates_0_7_0_3_0_3_2_0 = candidates_0_7_0_3_0_3_2[0]; // BitScan.java:22
  wire not_candidates_0_7_0_3_0_3_2_0 = ~candidates_0_7_0_3_0_3_2_0; // BitScan.java:22
  wire high_index = not_candidates_0_7_0_3_0_3_2_0; // BitScan.java:22
  wire [1:0] cat_0_low_index = {1'd0, low_index}; // BitScan.java:28
  wire [1:0] cat_1_high_index = {1'd1, high_index}; // BitScan.java:28
  wire [1:0] index = low_any ? cat_0_low_index : cat_1_high_index; // BitScan.java:28
  wire low_any_1 = low_any | high_any;           // BitScan.java:29
  wire [3:0] candidates_0_7_0_7_4 = candidates_0_7_0[7:4]; // BitScan.java:26
  wire [1:0] candidates_0_7_0_7_4_1_0 = candidates_0_7_0_7_4[1:0]; // BitScan.java:25
  wire low_any_2 = |candidates_0_7_0_7_4_1_0;    // BitScan.java:22
  wire candidates_0_7_0_7_4_1_0_0 = candidates_0_7_0_7_4_1_0[0]; // BitScan.java:22
  wire not_candidates_0_7_0_7_4_1_0_0 = ~candidates_0_7_0_7_4_1_0_0; // BitScan.java:22
  wire low_index_1 = not_candidates_0_7_0_7_4_1_0_0; // BitScan.java:22
  wire [1:0] candidates_0_7_0_7_4_3_2 = candidates_0_7_0_7_4[3:2]; // BitScan.java:26
  wire high_any_1 = |candidates_0_7_0_7_4_3_2;   // BitScan.java:22
  wire candidates_0_7_0_7_4_3_2_0 = candidates_0_7_0_7_4_3_2[0]; // BitScan.java:22
  wire not_candidates_0_7_0_7_4_3_2_0 = ~candidates_0_7_0_7_4_3_2_0; // BitScan.java:22
  wire high_index_1 = not_candidates_0_7_0_7_4_3_2_0; // BitScan.java:22
  wire [1:0] cat_0_low_index_1 = {1'd0, low_index_1}; // BitScan.java:28
  wire [1:0] cat_1_high_index_1 = {1'd1, high_index_1}; // BitScan.java:28
  wire [1:0] index_1 = low_any_2 ? cat_0_low_index_1 : cat_1_high_index_1; // BitScan.java:28
  wire high_any_2 = low_any_2 | high_any_1;      // BitScan.java:29
  wire [2:0] cat_0_index = {1'd0, index};        // BitScan.java:28
  wire [2:0] cat_1_index_1 = {1'd1, index_1};    // BitScan.java:28
  wire [2:0] index_2 = low_any_1 ? cat_0_index : cat_1_index_1; // BitScan.java:28
  wire low_any_3 = low_any_1 | high_any_2;       // BitScan.java:29
  wire [7:0] candidates_0_15_8 = candidates_0[15:8]; // BitScan.java:26
  wire [3:0] candidates_0_15_8_3_0 = candidates_0_15_8[3:0]; // BitScan.java:25
  wire [1:0] candidates_0_15_8_3_0_1_0 = candidates_0_15_8_3_0[1:0]; // BitScan.java:25
  wire low_any_4 = |candidates_0_15_8_3_0_1_0;   // BitScan.java:22
  wire candidates_0_15_8_3_0_1_0_0 = candidates_0_15_8_3_0_1_0[0]; // BitScan.java:22
  wire not_candidates_0_15_8_3_0_1_0_0 = ~candidates_0_15_8_3_0_1_0_0; // BitScan.java:22
  wire low_index_2 = not_candidates_0_15_8_3_0_1_0_0; // BitScan.java:22
  wire [1:0] candidates_0_15_8_3_0_3_2 = candidates_0_15_8_3_0[3:2]; // BitScan.java:26
  wire high_any_3 = |candidates_0_15_8_3_0_3_2;  // BitScan.java:22
  wire candidates_0_15_8_3_0_3_2_0 = candidates_0_15_8_3_0_3_2[0]; // BitScan.java:22
  wire not_candidates_0_15_8_3_0_3_2_0 = ~candidates_0_15_8_3_0_3_2_0; // BitScan.java:22
  wire high_index_2 = not_candidates_0_15_8_3_0_3_2_0; // BitScan.java:22
  wire [1:0] cat_0_low_index_2 = {1'd0, low_index_2}; // BitScan.java:28
  wire [1:0] cat_1_high_index_2 = {1'd1, high_index_2}; // BitScan.java:28
  wire [1:0] index_3 = low_any_4 ? cat_0_low_index_2 : cat_1_high_index_2; // BitScan.java:28
  wire low_any_5 = low_any_4 | high_any_3;       // BitScan.java:29
  wire [3:0] candidates_0_15_8_7_4 = candidates_0_15_8[7:4]; // BitScan.java:26
  wire [1:0] candidates_0_15_8_7_4_1_0 = candidates_0_15_8_7_4[1:0]; // BitScan.java:25
  wire low_any_6 = |candidates_0_15_8_7_4_1_0;   // BitScan.java:22
  wire candidates_0_15_8_7_4_1_0_0 = candidates_0_15_8_7_4_1_0[0]; // BitScan.java:22
  wire not_candidates_0_15_8_7_4_1_0_0 = ~candidates_0_15_8_7_4_1_0_0; // BitScan.java:22
  wire low_index_3 = not_candidates_0_15_8_7_4_1_0_0; // BitScan.java:22
  wire [1:0] candidates_0_15_8_7_4_3_2 = candidates_0_15_8_7_4[3:2]; // BitScan.java:26
  wire high_any_4 = |candidates_0_15_8_7_4_3_2;  // BitScan.java:22
  wire candidates_0_15_8_7_4_3_2_0 = candidates_0_15_8_7_4_3_2[0]; // BitScan.java:22
  wire not_candidates_0_15_8_7_4_3_2_0 = ~candidates_0_15_8_7_4_3_2_0; // BitScan.java:22
  wire high_index_3 = not_candidates_0_15_8_7_4_3_2_0; // BitScan.java:22
  wire [1:0] cat_0_low_index_3 = {1'd0, low_index_3}; // BitScan.java:28
  wire [1:0] cat_1_high_index_3 = {1'd1, high_index_3}; // BitScan.java:28
  wire [1:0] index_4 = low_any_6 ? cat_0_low_index_3 : cat_1_high_index_3; // BitScan.java:28
  wire high_any_5 = low_any_6 | high_any_4;      // BitScan.java:29
  wire [2:0] cat_0_index_3 = {1'd0, index_3};    // BitScan.java:28
  wire [2:0] cat_1_index_4 = {1'd1, index_4};    // BitScan.java:28
  wire [2:0] index_5 = low_any_5 ? cat_0_index_3 : cat_1_index_4; // BitScan.java:28
  wire high_any_6 = low_any_5 | high_any_5;      // BitScan.java:29
  wire [3:0] cat_0_index_2 = {1'd0, index_2};    // BitScan.java:28
  wire [3:0] cat_1_index_5 = {1'd1, index_5};    // BitScan.java:28
  wire [3:0] index_6 = low_any_3 ? cat_0_index_2 : cat_1_index_5; // BitScan.java:28
  wire bit_any = low_any_3 | high_any_6;         // BitScan.java:29
  wire [7:0] bitmap_0_7_0 = bitmap_0[7:0];       // BitScan.java:39
  wire [3:0] bitmap_0_7_0_3_0 = bitmap_0_7_0[3:0]; // BitScan.java:39
  wire [1:0] bitmap_0_7_0_3_0_1_0 = bitmap_0_7_0_3_0[1:0]; // BitScan.java:39
  wire bitmap_0_7_0_3_0_1_0_0 = bitmap_0_7_0_3_0_1_0[0]; // BitScan.java:39
  wire [4:0] bitmap_0_7_0_3_0_1_0_0_ext = {4'd0, bitmap_0_7_0_3_0_1_0_0}; // BitScan.java:36
  wire bitmap_0_7_0_3_0_1_0_1 = bitmap_0_7_0_3_0_1_0[1]; // BitScan.java:39
  wire [4:0] bitmap_0_7_0_3_0_1_0_1_ext = {4'd0, bitmap_0_7_0_3_0_1_0_1}; // BitScan.java:36
  wire [4:0] bitmap_0_7_0_3_0_1_0_0_ext_add_bitmap_0 = bitmap_0_7_0_3_0_1_0_0_ext + bitmap_0_7_0_3_0_1_0_1_ext; // BitScan.java:39
  wire [1:0] bitmap_0_7_0_3_0_3_2 = bitmap_0_7_0_3_0[3:2]; // BitScan.java:39
  wire bitmap_0_7_0_3_0_3_2_0 = bitmap_0_7_0_3_0_3_2[0]; // BitScan.java:39
  wire [4:0] bitmap_0_7_0_3_0_3_2_0_ext = {4'd0, bitmap_0_7_0_3_0_3_2_0}; // BitScan.java:36
  wire bitmap_0_7_0_3_0_3_2_1 = bitmap_0_7_0_3_0_3_2[1]; // BitScan.java:39
  wire [4:0] bitmap_0_7_0_3_0_3_2_1_ext = {4'd0, bitmap_0_7_0_3_0_3_2_1}; // BitScan.java:36
  wire [4:0] bitmap_0_7_0_3_0_3_2_0_ext_add_bitmap_0 = bitmap_0_7_0_3_0_3_2_0_ext + bitmap_0_7_0_3_0_3_2_1_ext; // BitScan.java:39
  wire [4:0] bitmap_0_7_0_3_0_1_0_0_ext_add_bitmap_0_1 = bitmap_0_7_0_3_0_1_0_0_ext_add_bitmap_0 + bitmap_0_7_0_3_0_3_2_0_ext_add_bitmap_0; // BitScan.java:39
  wire [3:0] bitmap_0_7_0_7_4 = bitmap_0_7_0[7:4]; // BitScan.java:39
  wire [1:0] bitmap_0_7_0_7_4_1_0 = bitmap_0_7_0_7_4[1:0]; // BitScan.java:39
  wire bitmap_0_7_0_7_4_1_0_0 = bitmap_0_7_0_7_4_1_0[0]; // BitScan.java:39
  wire [4:0] bitmap_0_7_0_7_4_1_0_0_ext = {4'd0, bitmap_0_7_0_7_4_1_0_0}; // BitScan.java:36
  wire bitmap_0_7_0_7_4_1_0_1 = bitmap_0_7_0_7_4_1_0[1]; // BitScan.java:39
  wire [4:0] bitmap_0_7_0_7_4_1_0_1_ext = {4'd0, bitmap_0_7_0_7_4_1_0_1}; // BitScan.java:36
  wire [4:0] bitmap_0_7_0_7_4_1_0_0_ext_add_bitmap_0 = bitmap_0_7_0_7_4_1_0_0_ext + bitmap_0_7_0_7_4_1_0_1_ext; // BitScan.java:39
  wire [1:0] bitmap_0_7_0_7_4_3_2 = bitmap_0_7_0_7_4[3:2]; // BitScan.java:39
  wire bitmap_0_7_0_7_4_3_2_0 = bitmap_0_7_0_7_4_3_2[0]; // BitScan.java:39
  wire [4:0] bitmap_0_7_0_7_4_3_2_0_ext = {4'd0, bitmap_0_7_0_7_4_3_2_0}; // BitScan.java:36
  wire bitmap_0_7_0_7_4_3_2_1 = bitmap_0_7_0_7_4_3_2[1]; // BitScan.java:39
  wire [4:0] bitmap_0_7_0_7_4_3_2_1_ext = {4'd0, bitmap_0_7_0_7_4_3_2_1}; // BitScan.java:36
  wire [4:0] bitmap_0_7_0_7_4_3_2_0_ext_add_bitmap_0 = bitmap_0_7_0_7_4_3_2_0_ext + bitmap_0_7_0_7_4_3_2_1_ext; // BitScan.java:39
  wire [4:0] bitmap_0_7_0_7_4_1_0_0_ext_add_bitmap_0_1 = bitmap_0_7_0_7_4_1_0_0_ext_add_bitmap_0 + bitmap_0_7_0_7_4_3_2_0_ext_add_bitmap_0; // BitScan.java:39
  wire [4:0] bitmap_0_7_0_3_0_1_0_0_ext_add_bitmap_0_2 = bitmap_0_7_0_3_0_1_0_0_ext_add_bitmap_0_1 + bitmap_0_7_0_7_4_1_0_0_ext_add_bitmap_0_1; // BitScan.java:39
  wire [7:0] bitmap_0_15_8 = bitmap_0[15:8];     // BitScan.java:39
  wire [3:0] bitmap_0_15_8_3_0 = bitmap_0_15_8[3:0]; // BitScan.java:39
  wire [1:0] bitmap_0_15_8_3_0_1_0 = bitmap_0_15_8_3_0[1:0]; // BitScan.java:39
  wire bitmap_0_15_8_3_0_1_0_0 = bitmap_0_15_8_3_0_1_0[0]; // BitScan.java:39
  wire [4:0] bitmap_0_15_8_3_0_1_0_0_ext = {4'd0, bitmap_0_15_8_3_0_1_0_0}; // BitScan.java:36
  wire bitmap_0_15_8_3_0_1_0_1 = bitmap_0_15_8_3_0_1_0[1]; // BitScan.java:39
  wire [4:0] bitmap_0_15_8_3_0_1_0_1_ext = {4'd0, bitmap_0_15_8_3_0_1_0_1}; // BitScan.java:36
  wire [4:0] bitmap_0_15_8_3_0_1_0_0_ext_add_bitmap_0 = bitmap_0_15_8_3_0_1_0_0_ext + bitmap_0_15_8_3_0_1_0_1_ext; // BitScan.java:39
  wire [1:0] bitmap_0_15_8_3_0_3_2 = bitmap_0_15_8_3_0[3:2]; // BitScan.java:39
  wire bitmap_0_15_8_3_0_3_2_0 = bitmap_0_15_8_3_0_3_2[0]; // BitScan.java:39
  wire [4:0] bitmap_0_15_8_3_0_3_2_0_ext = {4'd0, bitmap_0_15_8_3_0_3_2_0}; // BitScan.java:36
  wire bitmap_0_15_8_3_0_3_2_1 = bitmap_0_15_8_3_0_3_2[1]; // BitScan.java:39
  wire [4:0] bitmap_0_15_8_3_0_3_2_1_ext = {4'd0, bitmap_0_15_8_3_0_3_2_1}; // BitScan.java:36
  wire [4:0] bitmap_0_15_8_3_0_3_2_0_ext_add_bitmap_0 = bitmap_0_15_8_3_0_3_2_0_ext + bitmap_0_15_8_3_0_3_2_1_ext; // BitScan.java:39
  wire [4:0] bitmap_0_15_8_3_0_1_0_0_ext_add_bitmap_0_1 = bitmap_0_15_8_3_0_1_0_0_ext_add_bitmap_0 + bitmap_0_15_8_3_0_3_2_0_ext_add_bitmap_0; // BitScan.java:39
  wire [3:0] bitmap_0_15_8_7_4 = bitmap_0_15_8[7:4]; // BitScan.java:39
  wire [1:0] bitmap_0_15_8_7_4_1_0 = bitmap_0_15_8_7_4[1:0]; // BitScan.java:39
  wire bitmap_0_15_8_7_4_1_0_0 = bitmap_0_15_8_7_4_1_0[0]; // BitScan.java:39
  wire [4:0] bitmap_0_15_8_7_4_1_0_0_ext = {4'd0, bitmap_0_15_8_7_4_1_0_0}; // BitScan.java:36
  wire bitmap_0_15_8_7_4_1_0_1 = bitmap_0_15_8_7_4_1_0[1]; // BitScan.java:39
  wire [4:0] bitmap_0_15_8_7_4_1_0_1_ext = {4'd0, bitmap_0_15_8_7_4_1_0_1}; // BitScan.java:36
  wire [4:0] bitmap_0_15_8_7_4_1_0_0_ext_add_bitmap_0 = bitmap_0_15_8_7_4_1_0_0_ext + bitmap_0_15_8_7_4_1_0_1_ext; // BitScan.java:39
  wire [1:0] bitmap_0_15_8_7_4_3_2 = bitmap_0_15_8_7_4[3:2]; // BitScan.java:39
  wire bitmap_0_15_8_7_4_3_2_0 = bitmap_0_15_8_7_4_3_2[0]; // BitScan.java:39
  wire [4:0] bitmap_0_15_8_7_4_3_2_0_ext = {4'd0, bitmap_0_15_8_7_4_3_2_0}; // BitScan.java:36
  wire bitmap_0_15_8_7_4_3_2_1 = bitmap_0_15_8_7_4_3_2[1]; // BitScan.java:39
  wire [4:0] bitmap_0_15_8_7_4_3_2_1_ext = {4'd0, bitmap_0_15_8_7_4_3_2_1}; // BitScan.java:36
  wire [4:0] bitmap_0_15_8_7_4_3_2_0_ext_add_bitmap_0 = bitmap_0_15_8_7_4_3_2_0_ext + bitmap_0_15_8_7_4_3_2_1_ext; // BitScan.java:39
  wire [4:0] bitmap_0_15_8_7_4_1_0_0_ext_add_bitmap_0_1 = bitmap_0_15_8_7_4_1_0_0_ext_add_bitmap_0 + bitmap_0_15_8_7_4_3_2_0_ext_add_bitmap_0; // BitScan.java:39
  wire [4:0] bitmap_0_15_8_3_0_1_0_0_ext_add_bitmap_0_2 = bitmap_0_15_8_3_0_1_0_0_ext_add_bitmap_0_1 + bitmap_0_15_8_7_4_1_0_0_ext_add_bitmap_0_1; // BitScan.java:39
  wire [4:0] bitmap_0_7_0_3_0_1_0_0_ext_add_bitmap_0_3 = bitmap_0_7_0_3_0_1_0_0_ext_add_bitmap_0_2 + bitmap_0_15_8_3_0_1_0_0_ext_add_bitmap_0_2; // BitScan.java:39
  wire [4:0] total = 5'd0 + bitmap_0_7_0_3_0_1_0_0_ext_add_bitmap_0_3; // DirtyBitmap.java:106
  assign markFresh = not_markedBit_or_clearValid_and; // DirtyBitmap.java:76
  assign found = bit_any;                        // DirtyBitmap.java:91
  assign foundPage = index_6;                    // DirtyBitmap.java:92
  assign dirtyPages = total;                     // DirtyBitmap.java:108
  always @(posedge clk) begin                    // DirtyBitmap.java:61
    if (rst) begin
      bitmap_0 <= 16'd0;                         // DirtyBitmap.java:61
    end else begin
      bitmap_0 <= mux_setAll;                    // DirtyBitmap.java:72
    end
  end
endmodule
