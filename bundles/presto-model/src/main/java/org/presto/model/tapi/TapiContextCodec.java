package org.presto.model.tapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.presto.model.Context;
import org.presto.model.json.TapiJson;

/**
 * Imports and exports a whole context as ONF TAPI 2.1.3 JSON ({@code {"tapi-common:context": {...}}}, RFC 7951).
 * <p>
 * Import is all or nothing: a document with anything that TAPI 2.1.3 or Presto's model does not define, or that is
 * malformed, is refused with the path of the first problem. What is imported exports again as the same content:
 * TAPI 2.1's module containers ({@code tapi-topology:topology-context}, {@code tapi-connectivity:cep-list}...),
 * {@code *-uuid} references, single-valued members and the PHOTONIC_MEDIA layer with its qualifiers map one to one
 * onto the model. The MEF NRP augmentations, which TAPI 2.1 lacks, are written with their module,
 * {@code nrp-interface:}.
 */
public final class TapiContextCodec {
    private final ObjectMapper mapper = TapiJson.newMapper();
    private final ModelMembers members = new ModelMembers();

    /** Reads a TAPI 2.1.3 context document. */
    public Context read(JsonNode document) throws InvalidTapiContextException {
        return new TapiImport(mapper, members).read(document);
    }

    /** Reads a TAPI 2.1.3 context document from JSON text. */
    public Context read(InputStream json) throws IOException, InvalidTapiContextException {
        JsonNode document;
        try {
            document = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidTapiContextException("", "not JSON: " + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr());
        }
        return read(document);
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
