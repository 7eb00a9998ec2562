// Round-trips JSON files through the Java classes quicktype generates from the schemas
// (`--just-types`), read and written by Jackson.
//
// Each line of standard input is `KIND<TAB>IN<TAB>OUT`: KIND is `report` or `findings`, IN the
// file to read, OUT where to write it back. A report picks its class by its "edition" tag.
// Reading is strict: unknown fields, data after the value, numbers with a fraction where a whole
// number belongs and scalars of the wrong type are refused. Each line of standard output is
// `ok`, or `refused<TAB>why`.

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

public class RoundTrip {
    /**
     * The dates of the schema are `java.time.LocalDate`. Jackson reads them with the module
     * jackson-datatype-jsr310 (`mapper.findAndRegisterModules()`); Debian does not package it,
     * so this check registers the same ISO form by hand. `LocalDate.parse` is strict: it
     * refuses 2023-02-30.
     */
    static SimpleModule isoDates() {
        SimpleModule module = new SimpleModule("iso-dates");
        module.addSerializer(LocalDate.class, new JsonSerializer<LocalDate>() {
            @Override
            public void serialize(LocalDate value, JsonGenerator out, SerializerProvider provider)
                    throws IOException {
                out.writeString(value.toString());
            }
        });
        module.addDeserializer(LocalDate.class, new JsonDeserializer<LocalDate>() {
            @Override
            public LocalDate deserialize(JsonParser in, DeserializationContext context)
                    throws IOException {
                return LocalDate.parse(in.getValueAsString());
            }
        });
        return module;
    }

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .addModule(isoDates())
            .build();

    static Class<?> target(String kind, String json) throws IOException {
        if (kind.equals("findings")) {
            return ogireport.findings.OgiReportFindings.class;
        }
        JsonNode edition = MAPPER.readTree(json).get("edition");
        String tag = edition == null ? "" : edition.asText();
        switch (tag) {
            case "format_2021": return ogireport.format2021.Format2021Report.class;
            case "format_2019": return ogireport.format2019.Format2019Report.class;
            case "regulation_2008": return ogireport.regulation2008.Regulation2008Report.class;
            default: throw new IOException("no class for the edition \"" + tag + "\"");
        }
    }

    public static void main(String[] args) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = lines.readLine()) != null) {
            String[] fields = line.split("\t");
            if (fields.length != 3) {
                System.err.println("expected KIND<TAB>IN<TAB>OUT, found " + line);
                System.exit(2);
            }
            try {
                String json = Files.readString(Path.of(fields[1]), StandardCharsets.UTF_8);
                // Data after the value is refused here, not by FAIL_ON_TRAILING_TOKENS, which
                // quicktype's union deserializers trip over (they read their value as a root).
                JsonParser parser = MAPPER.createParser(json);
                Object value = MAPPER.readValue(parser, target(fields[0], json));
                if (parser.nextToken() != null) {
                    throw new IOException("data after the value");
                }
                Files.writeString(Path.of(fields[2]), MAPPER.writeValueAsString(value), StandardCharsets.UTF_8);
                System.out.println("ok");
            } catch (Exception e) {
                System.out.println("refused\t" + String.valueOf(e.getMessage()).replace('\n', ' ').replace('\r', ' '));
            }
        }
    }
}
