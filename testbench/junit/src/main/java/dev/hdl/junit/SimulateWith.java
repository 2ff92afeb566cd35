package dev.hdl.junit;

import dev.hdl.sim.Simulator;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The backend a test class or method simulates on. Without it, the system property {@code
 * hdl.sim.backend} names one ({@link Simulator#name()}), else the first one on the class path.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface SimulateWith {
  Class<? extends Simulator> value();
}
