package dev.roster.adapters.jdbc;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A WHERE clause built from optional conditions, with their parameters in the same order. */
final class Where {
    private final StringBuilder clause = new StringBuilder();
    private final List<Sql.Binder> binders = new ArrayList<>();

    Where(String first, Sql.Binder binder) {
        clause.append(first);
        binders.add(binder);
    }

    /** Adds {@code AND condition}, binding its parameters with {@code binder}. */
    Where and(String condition, Sql.Binder binder) {
        clause.append(" AND ").append(condition);
        binders.add(binder);
        return this;
    }

    @Override
    public String toString() {
        return clause.toString();
    }

    void bind(Sql.Params p) throws SQLException {
        for (Sql.Binder b : binders) {
            b.bind(p);
        }
    }

    /** {@code ?, ?, ?} for {@code n} parameters. */
    static String placeholders(int n) {
        return "?, ".repeat(n - 1) + "?";
    }
}
