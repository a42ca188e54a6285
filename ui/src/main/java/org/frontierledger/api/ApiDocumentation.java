package org.frontierledger.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;

/**
 * The OpenAPI description of this package's endpoints, which springdoc generates from the
 * controllers and serves at {@code /v3/api-docs}: HTTP Basic for every operation, and the errors
 * {@link ApiErrorHandler} answers, as the {@value #ERROR} schema ({@code {"error": "..."}}). Every
 * operation may answer 401 (no login or a wrong password; no body) and 500; one that takes
 * parameters or a body, 400; one marked {@link NotFoundResponse}, 404.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ApiDocumentation {
    /** The name of the error body's schema. */
    static final String ERROR = "Error";

    private static final String BASIC = "basicAuth";
    private static final String JSON = "application/json";

    @Bean
    OpenAPI ledgerOpenApi() {
        Schema<?> error = new ObjectSchema()
                .addProperty("error", new StringSchema().description("what went wrong, for people"))
                .addRequiredItem("error")
                .description("Every 4xx and 5xx answer with a body");
        return new OpenAPI()
                .info(new Info()
                        .title("Frontier Ledger REST API")
                        .version("1")
                        .description("Claims, market events, saved searches and weekly digests, behind the dashboard's"
                                + " accounts with HTTP Basic (any role may read; saved searches are the signed-in"
                                + " user's)."))
                .components(new Components()
                        .addSecuritySchemes(
                                BASIC,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic"))
                        .addSchemas(ERROR, error))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }

    @Bean
    OperationCustomizer errorResponses() {
        return (Operation operation, HandlerMethod handler) -> {
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            boolean takesInput = (operation.getParameters() != null
                            && !operation.getParameters().isEmpty())
                    || operation.getRequestBody() != null;
            if (takesInput) {
                responses.addApiResponse("400", error("bad input: a parameter, path or body the message names"));
            }
            responses.addApiResponse(
                    "401",
                    new ApiResponse().description("no login, or a wrong user or password" + " (HTTP Basic); no body"));
            NotFoundResponse notFound = handler.getMethodAnnotation(NotFoundResponse.class);
            if (notFound != null) {
                responses.addApiResponse("404", error(notFound.value()));
            }
            responses.addApiResponse("500", error("an unexpected failure; the server log has the details"));
            operation.setResponses(responses);
            return operation;
        };
    }

    private static ApiResponse error(String description) {
        return new ApiResponse().description(description).content(errorContent());
    }

    private static Content errorContent() {
        return new Content()
                .addMediaType(JSON, new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + ERROR)));
    }
}
