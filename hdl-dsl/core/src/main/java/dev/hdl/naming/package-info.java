/**
 * Recovers the Java names that hardware values are bound to, by reading the caller's bytecode
 * with ASM: the value the constructing call leaves on the operand stack is followed to where
 * the code keeps it (a local, a field, an element, a record component), through helper methods
 * that return it or take it as an argument.
 */
package dev.hdl.naming;
