package nl.profielwijzer.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;

import nl.profielwijzer.tree.SafeText;

/**
 * The one place where the command line's output is made safe for a terminal: every text printed through it has
 * its control and text-direction characters written as {@code \}{@code uXXXX} ({@link SafeText#escape}), so
 * nothing read from a file can clear the screen, move the cursor, recolour the terminal, reverse the text or
 * overwrite a line. Line breaks are kept (reports and JSON span lines); problem lines are one line already
 * ({@link nl.profielwijzer.tree.Problem#toString()} escapes their line breaks too).
 */
final class EscapingPrintStream extends PrintStream {
    private final PrintStream target;

    private EscapingPrintStream(PrintStream target) {
        super(target, true);
        this.target = target;
    }

    /** {@code stream} wrapped, unless it is wrapped already. */
    static PrintStream of(PrintStream stream) {
        return stream instanceof EscapingPrintStream ? stream : new EscapingPrintStream(stream);
    }

    /** A writer for picocli's help and messages that prints through {@code stream} (so it is escaped too). */
    static PrintWriter writer(PrintStream stream) {
        PrintStream escaping = of(stream);
        return new PrintWriter(new Writer() {
            @Override
            public void write(char[] chars, int offset, int length) {
                escaping.print(new String(chars, offset, length));
            }

            @Override
            public void flush() {
                escaping.flush();
            }

            @Override
            public void close() {
                escaping.flush();
            }
        }, true);
    }

    @Override
    public void print(String s) {
        target.print(SafeText.escape(String.valueOf(s), true));
    }

    @Override
    public void print(Object obj) {
        print(String.valueOf(obj));
    }

    @Override
    public void print(char c) {
        print(String.valueOf(c));
    }

    @Override
    public void print(char[] s) {
        print(new String(s));
    }

    @Override
    public void println() {
        target.println();
    }

    @Override
    public void println(String s) {
        synchronized (this) {
            print(s);
            target.println();
        }
    }

    @Override
    public void println(Object obj) {
        println(String.valueOf(obj));
    }

    @Override
    public void println(char c) {
        println(String.valueOf(c));
    }

    @Override
    public void println(char[] s) {
        println(new String(s));
    }

    @Override
    public PrintStream append(CharSequence csq) {
        print(String.valueOf(csq));
        return this;
    }

    @Override
    public void flush() {
        target.flush();
    }
}
