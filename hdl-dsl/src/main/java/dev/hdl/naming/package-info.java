/**
 * Recovers the Java names that hardware values are bound to, by reading the caller's bytecode
 * with ASM: the store that follows the constructing call names the value.
 */
package dev.hdl.naming;
