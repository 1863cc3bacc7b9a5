package org.w3id.scokg.server.reconcile;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.w3id.scokg.vocab.SCO;

/**
 * The data extension: values of the fetchable {@link Properties} for things the client has
 * reconciled, read with {@code extension.rq}. {@code status} is the SCO status on the day of the
 * property's {@code date} setting, today when it has none.
 */
final class DataExtension {
    /** One value: a string, or a date (YYYY-MM-DD) sent as a date. */
    record Value(String text, boolean date) {}

    private final Graph union;

    DataExtension(Graph union) {
        this.union = union;
    }

    /**
     * The answer to {@code request}: a column per property ({@code meta}) and a row per id, each
     * property's values read with {@link #values}. Stopped by {@code deadline}.
     */
    JsonObject answer(ExtensionRequest request, BatchDeadline deadline) {
        JsonArray meta = new JsonArray();
        JsonObject rows = new JsonObject();
        for (String id : request.ids()) rows.add(id, new JsonObject());
        for (var property : request.properties().entrySet()) {
            JsonObject m = new JsonObject();
            m.addProperty("id", property.getKey());
            // Keyed by the id as asked (its IRI or short id may be asked), read by the property's key.
            Properties.Property asked = Properties.get(property.getKey()).orElseThrow();
            m.addProperty("name", asked.name());
            meta.add(m);
            var values = values(request.ids(), asked.key(), ExtensionRequest.date(property.getValue()), deadline);
            values.forEach((id, list) -> {
                JsonArray cells = new JsonArray();
                for (DataExtension.Value v : list) cells.add(ServiceJson.cell(v));
                rows.getAsJsonObject(id).add(property.getKey(), cells);
            });
        }
        JsonObject answer = new JsonObject();
        answer.add("meta", meta);
        answer.add("rows", rows);
        return answer;
    }

    /**
     * The values of {@code property} for each of {@code ids} (relative to {@code id/}, or whole IRIs,
     * as a query's names may be, so an IRI does not get an empty row), by the id
     * as given; {@code date} for status. Stopped by {@code deadline} ({@link BatchDeadline#check}).
     */
    Map<String, List<Value>> values(List<String> ids, String property, LocalDate date, BatchDeadline deadline) {
        Binding on = Binding.builder()
                .add(Var.alloc("date"), NodeFactory.createLiteralDT(date.toString(), XSDDatatype.XSDdate)).build();
        Map<String, List<Value>> values = new LinkedHashMap<>();
        Map<String, List<Value>> byThing = new java.util.HashMap<>();
        for (String id : ids) values.put(id, byThing.computeIfAbsent(EntityIndex.idOf(id), relative -> new ArrayList<>()));
        // Looked at before the query and row by row: it reads every thing's values, so its time grows with the graph.
        deadline.check();
        try (QueryExec exec = EntityIndex.exec(union, "extension.rq", on)) {
            for (RowSet rows = exec.select(); rows.hasNext();) {
                deadline.check();
                add(rows.next(), property, byThing);
            }
        }
        byThing.values().forEach(list -> list.sort(Comparator.comparing(Value::text)));
        return values;
    }

    /** The value {@code row} gives, if it is of {@code property} and of a thing asked for, to that thing's list. */
    private static void add(Binding row, String property, Map<String, List<Value>> byThing) {
        if (!row.get("property").getLiteralLexicalForm().equals(property)) return;
        String iri = row.get("entity").getURI();
        if (!iri.startsWith(SCO.ID)) return;
        List<Value> list = byThing.get(iri.substring(SCO.ID.length()));
        if (list == null) return;
        Node value = row.get("value");
        boolean isDate = value.isLiteral() && XSDDatatype.XSDdate.equals(value.getLiteralDatatype());
        Value v = new Value(value.getLiteralLexicalForm(), isDate);
        if (!list.contains(v)) list.add(v);
    }
}
