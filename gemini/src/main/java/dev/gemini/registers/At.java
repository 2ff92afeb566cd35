package dev.gemini.registers;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where a component of a register layout sits in the 32-bit word: bits {@code hi..lo}, one bit
 * when {@code hi} is left out, and what the field means in the register-map document.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface At {
  int lo();

  int hi() default -1;

  String doc() default "";
}
