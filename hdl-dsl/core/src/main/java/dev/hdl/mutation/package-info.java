/**
 * Mutation coverage from the IR: small changes to an elaborated module, each at the user's Java
 * line, for measuring what a test suite would miss. A mutant is applied during elaboration when
 * the system property {@code hdl.mutant} names it, so an unchanged test suite runs against it.
 */
package dev.hdl.mutation;
