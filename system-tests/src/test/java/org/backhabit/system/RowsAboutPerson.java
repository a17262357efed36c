package org.backhabit.system;

import org.backhabit.localstack.infra.PostgresServer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds every row, in every table of every service's database, whose text (the whole row cast to
 * text, so any column counts) contains a person's user id, except the proof that they were erased.
 */
final class RowsAboutPerson {

    private static final List<String> DATABASES = List.of("catalog", "session", "progress", "notification");
    /** What an erasure keeps on purpose: the opaque user id in the erasure record and in the erasure's own event on its way out. */
    private static final Map<String, String> KEPT = Map.of(
            "session.erasure", "true",
            "session.outbox", "t.type = 'user.erased.v1'");

    private RowsAboutPerson() {
    }

    /** @return table name to number of rows about the person, only tables that have any */
    static Map<String, Long> find(PostgresServer postgres, String userId) throws SQLException {
        Map<String, Long> found = new TreeMap<>();
        for (String database : DATABASES) {
            try (Connection db = DriverManager.getConnection(postgres.jdbcUrl(database), PostgresServer.USER, PostgresServer.PASSWORD)) {
                for (String table : tables(db)) {
                    String name = database + "." + table;
                    String sql = "SELECT count(*) FROM \"" + table + "\" t WHERE strpos(t::text, ?) > 0 AND NOT ("
                            + KEPT.getOrDefault(name, "false") + ")";
                    try (PreparedStatement count = db.prepareStatement(sql)) {
                        count.setString(1, userId);
                        try (ResultSet rs = count.executeQuery()) {
                            rs.next();
                            if (rs.getLong(1) > 0) {
                                found.put(name, rs.getLong(1));
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    private static List<String> tables(Connection db) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = db.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        return tables;
    }
}
