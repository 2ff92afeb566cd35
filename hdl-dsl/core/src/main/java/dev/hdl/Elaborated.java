package dev.hdl;

import dev.hdl.ir.Design;

/**
 * A checked design with the top module object that described it: the signals in its fields, and
 * in its instances' fields, are handles into any simulation of the design ({@code sim.peek(top.count)}).
 */
public record Elaborated<T extends Component>(T top, Design design) {}
