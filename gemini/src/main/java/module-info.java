/** The GeminiEngine chipset. Its packages are open to the language, which names signals from their fields. */
module dev.gemini {
  requires transitive dev.hdl;

  exports dev.gemini;
  exports dev.gemini.clocking;
  exports dev.gemini.common;
  exports dev.gemini.datamover;
  exports dev.gemini.isolation;
  exports dev.gemini.lockstep;
  exports dev.gemini.module;
  exports dev.gemini.registers;

  opens dev.gemini to dev.hdl;
  opens dev.gemini.clocking to dev.hdl;
  opens dev.gemini.common to dev.hdl;
  opens dev.gemini.datamover to dev.hdl;
  opens dev.gemini.isolation to dev.hdl;
  opens dev.gemini.lockstep to dev.hdl;
  opens dev.gemini.module to dev.hdl;
  opens dev.gemini.registers to dev.hdl;
}
