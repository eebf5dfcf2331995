package org.listscope.parse;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.listscope.model.Message;
import org.listscope.model.Problem;

/** A sink for tests: keeps what a parser delivered. */
final class Collected implements Sink {

    final List<Message> messages = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();

    @Override
    public void message(Message message) {
        messages.add(message);
    }

    @Override
    public void problem(Problem problem) {
        problems.add(problem);
    }

    /** The one message delivered. */
    Message only() {
        if (messages.size() != 1) throw new AssertionError("expected one message, got " + messages.size() + "; problems " + problems);
        return messages.get(0);
    }

    /** Reads text (as UTF-8) named {@code name} through the whole front door: recognition included. */
    static Collected read(String name, String text) {
        return read(name, text, StandardCharsets.UTF_8);
    }

    static Collected read(String name, String text, Charset cs) {
        return read(Input.of(name, null, text.getBytes(cs)));
    }

    static Collected read(Input in) {
        Collected c = new Collected();
        Archives.read(in, c);
        return c;
    }
}
