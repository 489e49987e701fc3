package io.finlens.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One database transaction around a piece of work: committed when the work returns, rolled back when it throws, so a
 * failure or a crash midway leaves the database as it was. The connection's auto-commit is restored afterwards.
 */
final class Transaction {
    /** Work on the connection, inside the transaction. */
    @FunctionalInterface
    interface Work {
        void run() throws SQLException;
    }

    private Transaction() {
    }

    /** Runs {@code work} in one transaction of {@code c}. */
    static void run(Connection c, Work work) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            work.run();
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }
}
