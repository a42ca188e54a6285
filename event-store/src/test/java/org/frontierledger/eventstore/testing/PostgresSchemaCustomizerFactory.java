package org.frontierledger.eventstore.testing;

import java.util.List;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives each test class annotated {@link PostgresSchema} its own schema: the data source and Flyway
 * point at it, and a bean defined before all others drops it, so it is destroyed after them.
 * Registered in {@code META-INF/spring.factories}.
 */
public final class PostgresSchemaCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        PostgresSchema annotation = AnnotatedElementUtils.findMergedAnnotation(testClass, PostgresSchema.class);
        return annotation == null ? null : new Customizer(testClass, annotation.value());
    }

    /** One per test class (part of the context cache key), so classes never share a schema. */
    private record Customizer(Class<?> testClass, String prefix) implements ContextCustomizer {
        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration merged) {
            String schema = TestDatabases.newSchemaName(prefix);
            TestPropertyValues.of(
                            "spring.datasource.url=" + TestDatabases.POSTGRES_URL + "?currentSchema=" + schema,
                            "spring.datasource.username=postgres",
                            "spring.datasource.password=",
                            "spring.flyway.schemas=" + schema,
                            "spring.flyway.create-schemas=true",
                            PostgresSchema.SCHEMA_PROPERTY + "=" + schema)
                    .applyTo(context);
            RootBeanDefinition dropper = new RootBeanDefinition(SchemaDropper.class, () -> new SchemaDropper(schema));
            ((BeanDefinitionRegistry) context.getBeanFactory())
                    .registerBeanDefinition("postgresSchemaDropper", dropper);
        }
    }

    /** Drops the schema when the context is destroyed. */
    private record SchemaDropper(String schema) implements DisposableBean {
        @Override
        public void destroy() throws Exception {
            TestDatabases.dropPostgresSchema(schema);
        }
    }
}
