package com.handover.server.office.query;

import com.handover.model.Role;
import com.handover.server.office.web.Messages;
import com.handover.server.store.jdbc.Sql;
import com.handover.server.sync.ServerOperations;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The accounts by user name, so that pages show people by name ("王工") and role ("王工 · 维修部"), never by
 * their user name. A name no account has (an account since removed) is shown as it is.
 */
public final class People {

    public record Person(String username, String displayName, Role role) {
    }

    private final Map<String, Person> byUsername;

    private People(Map<String, Person> byUsername) {
        this.byUsername = byUsername;
    }

    public static People load(Connection c) throws SQLException {
        Map<String, Person> out = new HashMap<>();
        for (Person p : Sql.query(c, "SELECT username, display_name, role FROM users",
                rs -> new Person(rs.getString(1), rs.getString(2), role(rs.getString(3))))) {
            out.put(p.username(), p);
        }
        return new People(out);
    }

    public static People of(List<Person> people) {
        Map<String, Person> out = new HashMap<>();
        people.forEach(p -> out.put(p.username(), p));
        return new People(out);
    }

    private static Role role(String name) {
        try {
            return Role.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The person's name; the user name itself when no account has it. */
    public String name(String username) {
        if (username == null) {
            return "";
        }
        Person p = byUsername.get(username);
        return p == null || p.displayName() == null || p.displayName().isBlank() ? username : p.displayName();
    }

    /** The person's name, or the server itself in the page's words when it wrote the operation. */
    public String name(String username, Messages msg) {
        return ServerOperations.SYSTEM.username().equals(username) ? msg.t("people.system") : name(username);
    }

    /** "王工 · 维修部". */
    public String nameAndRole(String username, Messages msg) {
        Person p = byUsername.get(username);
        if (p == null || p.role() == null) {
            return name(username);
        }
        return name(username) + " · " + msg.label(p.role());
    }

    /** The people of a role, by name, to choose from. */
    public List<Person> withRole(Role role) {
        return byUsername.values().stream().filter(p -> p.role() == role)
                .sorted((a, b) -> a.displayName().compareTo(b.displayName())).toList();
    }
}
