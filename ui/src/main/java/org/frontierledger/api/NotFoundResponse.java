package org.frontierledger.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint that answers 404 with {@code {"error": "..."}}; {@link ApiDocumentation} adds
 * the response to its OpenAPI operation, beside the success response springdoc derives from the
 * method (which an {@code @ApiResponse} annotation would replace).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface NotFoundResponse {
    /** When the endpoint answers 404, for the description. */
    String value();
}
