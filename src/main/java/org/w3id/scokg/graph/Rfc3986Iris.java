package org.w3id.scokg.graph;

import org.apache.jena.iri3986.provider.IRIProvider3986;
import org.apache.jena.iri3986.provider.InitIRI3986;
import org.apache.jena.irix.SystemIRIx;
import org.apache.jena.sys.JenaSubsystemLifecycle;

/**
 * Every IRI Jena parses, resolves or checks in this JVM (a query's, a table's, a dump's) is read by
 * jena-iri3986 ({@link IRIProvider3986}, RFC 3986 and 3987) instead of jena-iri, the default of Jena
 * 5: set as Jena starts, before RIOT and ARQ make the IRIs they keep (the system's base), so no two
 * implementations meet. jena-iri was two fifths of parsing a small query and 7.7 % of a unique
 * ASK's CPU (docs/performance.md); jena-iri3986 is the provider Jena's own code moves to.
 *
 * <p>The two read some IRIs differently ({@code Rfc3986IrisTest}): jena-iri3986 accepts what RFC
 * 3986 allows and jena-iri refused ({@code http:/x}, {@code uuid:x}, a host beginning with a hyphen),
 * and warns, with the severities Jena gives each kind of issue ({@code InitIRI3986}), of what RFC
 * 3986 asks be normalised and jena-iri let pass (a scheme in capitals, a default or empty port, a
 * percent-encoding in small letters), which RIOT's strict reading makes errors. The graph's tables
 * hold none of these ({@code ExternalIris} checks); a query that names one parses as before.
 *
 * <p>Where {@code jena.iriprovider} (a system property) or {@code JENA_IRIPROVIDER} (the
 * environment) names a provider, Jena's own choice stands: {@code -Djena.iriprovider=IRI0} measures
 * jena-iri against this.
 */
public final class Rfc3986Iris implements JenaSubsystemLifecycle {
    @Override
    public void start() {
        if (System.getProperty("jena.iriprovider") != null || System.getenv("JENA_IRIPROVIDER") != null) return;
        // As Jena sets it up itself when asked for it by name: its severities for each kind of issue
        // (a default port a warning, a host in capitals ignored) and its logging of them.
        InitIRI3986.init();
        SystemIRIx.setProvider(new IRIProvider3986());
    }

    @Override
    public void stop() {}

    /** Before Jena's own subsystems (jena-core's is 10, RIOT's 20). */
    @Override
    public int level() {
        return 1;
    }
}
