package org.frontierledger.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.frontierledger.LedgerTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * The OpenAPI description served at {@code /v3/api-docs} over a real server: it lists every
 * endpoint of this package's controllers, found by reflection on their mapping annotations, each
 * with a summary and its error responses; so an endpoint added without documentation fails here.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ledger.sample-data.enabled=false")
class OpenApiIT {
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        LedgerTestSupport.useDataDir(registry, LedgerTestSupport.newDataDir("openapi"));
    }

    /** One endpoint: an HTTP method and a path as the controller maps it. */
    record Endpoint(String method, String path, boolean hasPathVariables) {}

    private HttpResponse<String> get(String path, boolean authenticated) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (authenticated) {
            String credentials = "admin:" + LedgerTestSupport.ADMIN_PASSWORD;
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theDescriptionListsEveryEndpointOfTheControllersWithItsErrors() throws Exception {
        List<Endpoint> endpoints = controllerEndpoints();
        assertThat(endpoints)
                .extracting(Endpoint::path)
                .contains("/api/search", "/api/events", "/api/saved-searches/{id}/run", "/digests.atom");

        HttpResponse<String> response = get("/v3/api-docs", true);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode description = new ObjectMapper().readTree(response.body());
        assertThat(description.get("openapi").asText()).startsWith("3.");
        assertThat(description
                        .at("/components/schemas/Error/properties/error/type")
                        .asText())
                .isEqualTo("string");
        JsonNode paths = description.get("paths");
        for (Endpoint endpoint : endpoints) {
            JsonNode operation = paths.path(endpoint.path()).path(endpoint.method());
            assertThat(operation.isObject())
                    .as("%s %s is described", endpoint.method(), endpoint.path())
                    .isTrue();
            assertThat(operation.path("summary").asText())
                    .as("summary of %s", endpoint)
                    .isNotBlank();
            JsonNode responses = operation.get("responses");
            assertThat(responses.fieldNames())
                    .toIterable()
                    .as("success of %s", endpoint)
                    .anyMatch(c -> c.startsWith("2"));
            assertThat(responses.has("401")).as("401 of %s", endpoint).isTrue();
            assertThat(responses
                            .at("/500/content/application~1json/schema/$ref")
                            .asText())
                    .isEqualTo("#/components/schemas/Error");
            if (endpoint.hasPathVariables()) {
                assertThat(responses.has("400") || responses.has("404"))
                        .as("4xx of %s", endpoint)
                        .isTrue();
            }
            responses.fieldNames().forEachRemaining(code -> {
                if (code.equals("400") || code.equals("404")) {
                    assertThat(responses
                                    .at("/" + code + "/content/application~1json/schema/$ref")
                                    .asText())
                            .as("%s of %s", code, endpoint)
                            .isEqualTo("#/components/schemas/Error");
                }
            });
        }
        assertThat(paths.at("/~1api~1saved-searches~1{id}/get/responses/404").isObject())
                .isTrue();
        assertThat(paths.at("/~1api~1search/get/responses/400").isObject()).isTrue();
        // only the REST API: no Actuator, no Vaadin
        paths.fieldNames().forEachRemaining(path -> assertThat(path).matches("/api/.*|/digests\\.atom"));
        assertThat(description
                        .at("/components/securitySchemes/basicAuth/scheme")
                        .asText())
                .isEqualTo("basic");
    }

    @Test
    void theDescriptionIsServedBySpringNotVaadinAndNeedsALogin() throws Exception {
        assertThat(get("/v3/api-docs", false).statusCode()).isEqualTo(401);
        HttpResponse<String> response = get("/v3/api-docs", true);
        assertThat(response.body()).doesNotContain("<html", "Vaadin").startsWith("{");
    }

    /** Every (method, path) the controllers of this package map, read from their annotations. */
    private static List<Endpoint> controllerEndpoints() {
        // ArchUnit reads the compiled classes, so conditions on the controllers do not hide any
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(OpenApiIT.class.getPackageName());
        List<Endpoint> endpoints = new ArrayList<>();
        for (JavaClass type : classes.that(CanBeAnnotated.Predicates.annotatedWith(RestController.class))) {
            Class<?> controller = type.reflect();
            RequestMapping base = AnnotatedElementUtils.findMergedAnnotation(controller, RequestMapping.class);
            String[] prefixes = base == null || base.path().length == 0 ? new String[] {""} : base.path();
            for (Method method : controller.getDeclaredMethods()) {
                RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
                if (mapping == null) {
                    continue;
                }
                assertThat(mapping.method())
                        .as("%s names its HTTP method", method)
                        .isNotEmpty();
                boolean variables =
                        Arrays.stream(method.getParameters()).anyMatch(p -> p.isAnnotationPresent(PathVariable.class));
                String[] paths = mapping.path().length == 0 ? new String[] {""} : mapping.path();
                for (String prefix : prefixes) {
                    for (String path : paths) {
                        for (RequestMethod verb : mapping.method()) {
                            endpoints.add(new Endpoint(verb.name().toLowerCase(Locale.ROOT), prefix + path, variables));
                        }
                    }
                }
            }
        }
        return endpoints;
    }
}
