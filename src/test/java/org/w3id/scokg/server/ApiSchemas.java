package org.w3id.scokg.server;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The JSON Schemas of the Reconciliation Service API 0.2 (copied into the test resources), loaded
 * with networknt's validator: their {@code $id}s and the Swagger schema the manifest refers to are
 * mapped onto the copies, and their {@code $schema} ("http://json-schema.org/schema#", no draft
 * named) is read as draft 7, the draft they are written in. The API gives no schema of an error,
 * and the service's refusals are checked against RFC 9457's ({@link #problemDetails}).
 */
final class ApiSchemas {
    private static final String COPY = "classpath:reconciliation-api-0.2/schemas/";
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7, builder -> builder
            .metaSchema(JsonMetaSchema.builder("http://json-schema.org/schema#", JsonMetaSchema.getV7()).build())
            .schemaMappers(mappers -> mappers
                    .mapPrefix("https://reconciliation-api.github.io/specs/0.2/schemas/", COPY)
                    .mapPrefix("https://reconciliation-api.github.io/specs/draft/schemas/", COPY)
                    .mapPrefix("http://swagger.io/v2/schema.json", COPY + "openapi.json")));

    /** RFC 9457's schema of a problem document (its Appendix A, draft 2020-12), which the service's refusals follow. */
    private static final JsonSchema PROBLEM = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(SchemaLocation.of("classpath:rfc9457/problem-details.json"));

    private ApiSchemas() {}

    /** The problems of {@code json} against RFC 9457's schema of a problem document; empty when valid. */
    static Set<String> problemDetails(String json) {
        return PROBLEM.validate(json, InputFormat.JSON).stream().map(ValidationMessage::getMessage).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** The problems of {@code json} against the schema in {@code file} (such as manifest.json); empty when valid. */
    static Set<String> problems(String file, String json) {
        JsonSchema schema = FACTORY.getSchema(SchemaLocation.of(COPY + file));
        Set<ValidationMessage> messages = schema.validate(json, InputFormat.JSON);
        return messages.stream().map(ValidationMessage::getMessage).collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
