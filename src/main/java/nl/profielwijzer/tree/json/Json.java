package nl.profielwijzer.tree.json;

import java.util.Collections;
import java.util.List;


/**
 * A JSON value that remembers where it stood in its file, so every problem can name a line and column.
 * Jackson's own tree model forgets positions; this small model keeps them.
 */
public sealed interface Json {

    Position at();

    /** The plain-words name of the type, for messages: "text", "number", "list", ... */
    String typeName();

    /** An object; its few fields are kept in file order and looked up by a linear search. */
    record JsonObject(List<Member> members, Position at) implements Json {
        public JsonObject {
            members = Collections.unmodifiableList(members);
        }

        public Member member(String name) {
            for (Member m : members) {
                if (m.name().equals(name)) {
                    return m;
                }
            }
            return null;
        }

        @Override
        public String typeName() {
            return "object";
        }
    }

    /** A field of an object: its name, where the name stands, and its value. */
    record Member(String name, Position nameAt, Json value) {
    }

    record JsonArray(List<Json> items, Position at) implements Json {
        public JsonArray {
            items = Collections.unmodifiableList(items); // the reader hands over a list it never touches again
        }

        @Override
        public String typeName() {
            return "list";
        }
    }

    record JsonString(String value, Position at) implements Json {
        @Override
        public String typeName() {
            return "text";
        }
    }

    record JsonNumber(String text, Position at) implements Json {
        @Override
        public String typeName() {
            return "number";
        }
    }

    record JsonBoolean(boolean value, Position at) implements Json {
        @Override
        public String typeName() {
            return "true/false";
        }
    }

    record JsonNull(Position at) implements Json {
        @Override
        public String typeName() {
            return "null";
        }
    }
}
