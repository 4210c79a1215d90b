package dev.roster.core.architecture.violations;

import java.sql.Connection;
import java.sql.SQLException;

/** Breaks the JDBC rule on purpose; lives in test sources, so the main rules never see it. */
public final class CoreClassThatUsesJdbc {
    public boolean isOpen(Connection connection) throws SQLException {
        return !connection.isClosed();
    }
}
