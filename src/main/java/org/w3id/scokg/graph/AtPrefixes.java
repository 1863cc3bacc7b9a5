package org.w3id.scokg.graph;

import org.apache.jena.riot.RIOT;
import org.apache.jena.sys.JenaSubsystemLifecycle;

/**
 * Every Turtle and TriG document Jena writes in this JVM (the dumps, the ontology, an entity's
 * description, a CONSTRUCT's answer) declares its prefixes as {@code @prefix sco: <...> .}, not as
 * Jena 5's default {@code PREFIX sco: <...>}. Turtle 1.1 allows both, but the OWL API (so Protégé)
 * and other parsers written for Turtle's first form read only {@code @prefix}: the OWL API 5.1
 * could not open the published {@code ontology.ttl} at all ({@code OwlProfileTest}).
 *
 * <p>Set through RIOT's own setting ({@link RIOT#symTurtleDirectiveStyle} in the global context,
 * which every writer's context starts from), as Jena starts; a writer given the setting itself keeps
 * its own.
 */
public final class AtPrefixes implements JenaSubsystemLifecycle {
    @Override
    public void start() {
        RIOT.getContext().set(RIOT.symTurtleDirectiveStyle, "at");
    }

    @Override
    public void stop() {}

    /** After RIOT's own start (20), which makes the global context this sets. */
    @Override
    public int level() {
        return 500;
    }
}
