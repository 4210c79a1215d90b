package dev.roster.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Searches every text column of every Roster table on PostgreSQL, for what must not be stored. */
final class TextColumns {
    private TextColumns() {
    }

    /**
     * {@code table.column holds 'needle'} for each text column holding a needle (compared lower-cased).
     *
     * @param mustScan columns the scan must reach, so a renamed column cannot make it pass
     */
    static List<String> holding(DataSource db, List<String> needles, String... mustScan) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() "
                        + "AND table_name LIKE 'roster%' AND data_type IN ('text', 'character varying')")) {
            while (rs.next()) {
                columns.add(rs.getString(1) + "." + rs.getString(2));
            }
        }
        assertThat(columns).as("the scan reads the columns it must").contains(mustScan);
        List<String> found = new ArrayList<>();
        try (Connection c = db.getConnection()) {
            for (String column : columns) {
                String[] tc = column.split("\\.");
                for (String needle : needles) {
                    try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM " + tc[0] + " WHERE strpos(lower(" + tc[1]
                            + "), lower(?)) > 0")) {
                        s.setString(1, needle);
                        try (ResultSet rs = s.executeQuery()) {
                            rs.next();
                            if (rs.getLong(1) > 0) {
                                found.add(column + " holds '" + needle + "'");
                            }
                        }
                    }
                }
            }
        }
        return found;
    }
}
