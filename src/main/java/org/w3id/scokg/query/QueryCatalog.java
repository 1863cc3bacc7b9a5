package org.w3id.scokg.query;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.scokg.project.InputException;
import org.w3id.scokg.project.Location;
import org.w3id.scokg.project.ProjectLayout;

/** The named queries of the {@code queries/} folder, by name. */
public final class QueryCatalog {
    private final Map<String, NamedQuery> queries = new LinkedHashMap<>();

    public QueryCatalog(ProjectLayout layout) {
        for (Path file : ProjectLayout.list(layout.queries(), ".rq")) {
            NamedQuery query = NamedQuery.read(file, layout.display(file));
            queries.put(query.name(), query);
        }
    }

    public List<NamedQuery> all() {
        return List.copyOf(queries.values());
    }

    public NamedQuery get(String name) {
        NamedQuery query = queries.get(name);
        if (query == null) {
            throw new InputException(Location.file("queries/" + name + ".rq"), "no named query '" + name + "'; known: " + String.join(", ", queries.keySet()));
        }
        return query;
    }

    /** A name from the catalogue, or a path to a {@code .rq} file. */
    public NamedQuery resolve(String nameOrFile, ProjectLayout layout) {
        if (nameOrFile.endsWith(".rq")) {
            Path file = Path.of(nameOrFile);
            if (!Files.isRegularFile(file)) throw new InputException(Location.file(nameOrFile), "file not found");
            return NamedQuery.read(file, nameOrFile);
        }
        return get(nameOrFile);
    }
}
