package org.frontierledger.eventstore.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a Spring test class on a fresh schema of its own in the PostgreSQL service (see
 * {@link TestDatabases}), created by Flyway and dropped with everything in it when the class's
 * (cached) context closes, after its event processors have stopped. The schema's name is in the
 * property {@value #SCHEMA_PROPERTY}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface PostgresSchema {
    /** The property holding the schema's name, for tests that query the catalogue. */
    String SCHEMA_PROPERTY = "ledger.test.schema";

    /** The start of the schema's name; a random suffix makes it unique. */
    String value();
}
