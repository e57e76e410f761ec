package org.presto.model.tapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.presto.model.Context;
import org.presto.model.json.TapiJson;

/**
 * Imports and exports a whole context as ONF TAPI 2.1.3 JSON ({@code {"tapi-common:context": {...}}}, RFC 7951).
 * <p>
 * Import reads what real documents hold ({@link #importContext(JsonNode)}): it keeps what the model understands,
 * reports per path what it leaves out, and refuses, with the path of the problem, only a document it cannot make a
 * network of. What is imported exports again as the same content:
 * TAPI 2.1's module containers ({@code tapi-topology:topology-context}, {@code tapi-connectivity:cep-list}...),
 * {@code *-uuid} references, single-valued members and the PHOTONIC_MEDIA layer with its qualifiers map one to one
 * onto the model. The MEF NRP augmentations, which TAPI 2.1 lacks, are written with their module,
 * {@code nrp-interface:}.
 */
public final class TapiContextCodec {
    private final ObjectMapper mapper = TapiJson.newMapper();
    private final ModelMembers members = new ModelMembers();

    /**
     * Reads a TAPI context document as real controllers and tools write it: TAPI 2.1.x (and 2.0, 2.4 and 2.5 shapes
     * where they differ only in names), wrapped in {@code tapi-common:context} or not, members prefixed or not. What
     * the model has no place for, or a value that makes no sense, is left out and reported in the result; what
     * cannot be left out (a reference to nothing, an object that is not one) makes the whole import fail.
     */
    public ImportedContext importContext(JsonNode document) throws InvalidTapiContextException {
        return new TapiImport(mapper, members).read(document);
    }

    /** Reads a context document from JSON text; see {@link #importContext(JsonNode)}. */
    public ImportedContext importContext(InputStream json) throws IOException, InvalidTapiContextException {
        JsonNode document;
        try {
            document = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidTapiContextException("", "not JSON: " + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr());
        }
        return importContext(document);
    }

    /** Whether a JSON document holds a TAPI context, wrapped in any of the envelopes import reads, or bare. */
    public static boolean isContextDocument(JsonNode document) {
        try {
            return document != null && document.isObject()
                    && TapiEnvelope.context(document, "", new java.util.ArrayList<>()) != null;
        } catch (InvalidTapiContextException e) {
            return false;
        }
    }

    /**
     * Whether a file is a TAPI context document, wrapped or bare; anything else (other JSON, e.g. a node-link
     * network, or no JSON at all) is not.
     */
    public static boolean isContextFile(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return isContextDocument(new ObjectMapper().readTree(in));
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    /** Reads a context document; what is left out is not reported. */
    public Context read(JsonNode document) throws InvalidTapiContextException {
        return importContext(document).context();
    }

    /** Reads a context document from JSON text; what is left out is not reported. */
    public Context read(InputStream json) throws IOException, InvalidTapiContextException {
        return importContext(json).context();
    }

    /**
     * The context as a TAPI 2.1.3 document.
     *
     * @throws IllegalArgumentException if the context has what TAPI 2.1.3 cannot express, such as a connection end
     *                                  point with two parent edge points or a route through an unknown point
     */
    public ObjectNode write(Context context) {
        return new TapiExport(mapper, members).write(context);
    }

    /** Writes the context as an indented TAPI 2.1.3 document. */
    public void write(Context context, OutputStream json) throws IOException {
        mapper.writerWithDefaultPrettyPrinter().writeValue(json, write(context));
    }
}
