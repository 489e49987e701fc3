package io.finlens.transcript;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The people of one call as they are found: from a participants block, a roster sentence, or speaker labels. A
 * person is found again by any of their names (a Chinese name or the English one given beside it).
 */
final class Roster {
    /** One person; fields fill in as more is learned. */
    static final class Person {
        final String name;
        Role role;
        String title;
        String firmWritten;
        /** A participants block's full affiliation line ({@code CBRE Group, Inc. - Head of IR}), to recognize it later. */
        String affiliation;
        final Set<String> aliases = new LinkedHashSet<>();

        Person(String name, Role role) {
            this.name = name;
            this.role = role;
        }
    }

    private final Map<String, Person> byKey = new LinkedHashMap<>();
    private final List<Person> people = new ArrayList<>();
    /** The longest key in {@link #byKey}: a name with a longer key is nobody's, without building the key. */
    private int longestKey;

    /** The person called {@code name} (or with it as an alias), or null. */
    Person find(String name) {
        if (name == null) return null;
        // layouts ask for every line that might be a name; a long line's key is longer than any name's
        String k = Names.key(name, longestKey);
        return k == null || k.isEmpty() ? null : byKey.get(k);
    }

    private void put(String key, Person p) {
        byKey.put(key, p);
        longestKey = Math.max(longestKey, key.length());
    }

    /** The first executive whose title is or holds {@code title}, or null. */
    Person withTitle(String title) {
        for (Person p : people) if (p.role == Role.EXECUTIVE && p.title != null && p.title.contains(title)) return p;
        return null;
    }

    /** Adds a person or, when the name is known, fills in what was missing. */
    Person add(String name, Role role, String title, String firmWritten) {
        Person p = find(name);
        if (p == null) {
            p = new Person(name, role);
            people.add(p);
            put(Names.key(name), p);
        }
        if (p.title == null && title != null && !title.isBlank()) p.title = title;
        if (p.firmWritten == null && firmWritten != null && !firmWritten.isBlank()) p.firmWritten = firmWritten;
        if (p.role == Role.EXECUTIVE && role == Role.ANALYST && p.title == null) p.role = Role.ANALYST;
        return p;
    }

    /** Records {@code alias} as another name of {@code p}, unless it already names someone. */
    void alias(Person p, String alias) {
        String k = Names.key(alias);
        if (k.isEmpty() || byKey.containsKey(k)) return;
        put(k, p);
        p.aliases.add(alias);
    }

    List<Person> people() {
        return List.copyOf(people);
    }

    boolean isEmpty() {
        return people.isEmpty();
    }

    /** The participants, in the order they were found. */
    List<Participant> participants(Brokers brokers) {
        List<Participant> out = new ArrayList<>();
        for (Person p : people) {
            String firm = null, written = null;
            if (p.role == Role.ANALYST && p.firmWritten != null) {
                Brokers.Firm f = brokers.resolve(p.firmWritten);
                if (f != null) {
                    firm = f.name();
                    written = f.asWritten();
                }
            }
            out.add(new Participant(p.name, p.role, p.role == Role.ANALYST ? null : p.title, firm, written, List.copyOf(p.aliases)));
        }
        return out;
    }
}
