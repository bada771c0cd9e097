package nl.profielwijzer.cli;

import java.io.PrintStream;

/** Where a command writes: standard output for results, standard error for messages. */
record Terminal(PrintStream out, PrintStream err) {
}
