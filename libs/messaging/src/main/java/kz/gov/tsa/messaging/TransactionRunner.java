package kz.gov.tsa.messaging;

/**
 * Runs work in a new transaction of the data source the {@link Inbox} and the handlers use. In a service
 * this is {@code QuarkusTransaction.requiringNew().run(work)}; plain-Java tests bind a JDBC connection.
 */
@FunctionalInterface
public interface TransactionRunner {

    /** Runs {@code work} in a new transaction: commits if it returns; rolls back and rethrows if it throws. */
    void inNewTransaction(Runnable work);
}
